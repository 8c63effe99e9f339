package org.tawsim.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the account behind every authenticated request against the database, so that an admin's decision
 * takes effect at once, on every app instance. A disabled account, or a login made before the account's last
 * password change or reset, is over: its session is invalidated and the request goes on as anonymous (login
 * page, or 401 on the API). While an account must change its password, the API answers 403
 * {@code password.change.required} (the pages lead to the change form).
 */
public class AccountStandingFilter extends OncePerRequestFilter {

    private final AccountService accounts;

    public AccountStandingFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    /**
     * The frontend bundle is the same for everybody: no account look-up for each of its files. (Uploads and
     * downloads also live under /VAADIN/, in dynamic/: those are checked.)
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/build/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountStanding> standing = accounts.standing(auth.getName());
        if (standing.isEmpty() || !standing.get().enabled() || outdated(auth, standing.get())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            chain.doFilter(request, response);
            return;
        }
        if (standing.get().mustChangePassword() && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\":\"password.change.required\",\"message\":"
                    + "\"This account must change its password first: log in on the web page and choose a new one.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A password login older than the account's last change, reset or disabling (API tokens have their own check). */
    private static boolean outdated(Authentication auth, AccountStanding standing) {
        return auth.getPrincipal() instanceof AccountPrincipal login && login.credentialsVersion() != standing.credentialsVersion();
    }
}
