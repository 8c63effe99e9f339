package org.tawsim.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Credentials in the {@code Authorization} header (an API token or HTTP Basic) count on /api/** only, and there
 * they alone decide who calls: the session that may ride along is set aside for the request, so such a call is
 * either authenticated by its own valid credentials or refused with 401. That is what lets these calls skip the
 * CSRF check (see {@link #carriesApiCredentials}). Pages ignore the header: they are opened by the login form's
 * session only.
 */
public class ApiCredentialsFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic";

    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * An API call whose header the token filter or HTTP Basic will authenticate or refuse. Same tests as theirs:
     * {@link ApiTokenFilter} takes "Bearer " + token, Spring's Basic filter anything that starts with "Basic".
     */
    static boolean carriesApiCredentials(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return isApi(request) && header != null && (header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || header.regionMatches(true, 0, BASIC, 0, BASIC.length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null && !isApi(request)) {
            chain.doFilter(new WithoutAuthorization(request), response);
            return;
        }
        if (carriesApiCredentials(request)) {
            // Spring's Basic filter would otherwise trust a session of the same login without checking the password.
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        }
        chain.doFilter(request, response);
    }

    /** The request as the rest of the chain sees it on a page: no Authorization header. */
    private static final class WithoutAuthorization extends HttpServletRequestWrapper {

        WithoutAuthorization(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !HttpHeaders.AUTHORIZATION.equalsIgnoreCase(n)).toList());
        }
    }
}
