package org.tawsim.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tawsim.base.ApiErrorBody;

/**
 * {@code Authorization: Bearer <token>} on /api/**: the call runs as the token's owner, with the owner's
 * rights, for this request only (no session). An unknown or revoked token gets 401 at once; a read token gets
 * 403 {@code token.scope.read} for anything but GET and HEAD, before any endpoint runs (see docs/security.md).
 */
public class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final UserDetailsService users;

    public ApiTokenFilter(ApiTokenService tokens, UserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader("Authorization").substring(BEARER.length()).strip();
        Optional<ApiTokenService.TokenHolder> holder = tokens.authenticate(secret);
        if (holder.isEmpty()) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\":\"token.invalid\",\"message\":\"Unknown or revoked API token.\"}");
            return;
        }
        if (!holder.get().scope().allows(request.getMethod())) {
            ApiErrorBody.write(response, HttpStatus.FORBIDDEN.value(), "token.scope.read", request.getLocale());
            return;
        }
        UserDetails user = users.loadUserByUsername(holder.get().login());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
