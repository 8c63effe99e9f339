package org.tawsim.base;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The CSRF check for what Vaadin's own check leaves out: the login form's POST (Vaadin exempts its login path;
 * its login form sends the token from the page's {@code _csrf} meta tags) and API writes made with the browser
 * session. API calls that carry their own credentials are exempt: {@link ApiCredentialsFilter} sets the session
 * aside for them. Refusals: JSON 403 on the API, the login page with its error on the login form.
 */
public final class SessionCsrf {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private static final RequestMatcher LOGIN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private SessionCsrf() {
    }

    /**
     * CSRF protects cookie sessions: Spring's check (leaving the API out) and, after it, this class's check of the
     * API and the login POST, both on the session's tokens.
     */
    public static void apply(HttpSecurity http) throws Exception {
        CsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
        http.csrf(csrf -> csrf.csrfTokenRepository(tokens).ignoringRequestMatchers(ApiCredentialsFilter::isApi));
        http.addFilterAfter(filter(tokens), CsrfFilter.class);
    }

    private static CsrfFilter filter(CsrfTokenRepository tokens) {
        CsrfFilter filter = new CsrfFilter(tokens);
        filter.setRequireCsrfProtectionMatcher(SessionCsrf::needsToken);
        filter.setAccessDeniedHandler(refusal());
        return filter;
    }

    private static boolean needsToken(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        if (ApiCredentialsFilter.isApi(request)) {
            // without a session cookie nothing rides on a victim's session; with credentials of its own the session is set aside
            return request.getRequestedSessionId() != null && !ApiCredentialsFilter.carriesApiCredentials(request);
        }
        return LOGIN.matches(request);
    }

    private static AccessDeniedHandler refusal() {
        return (request, response, denied) -> {
            if (!ApiCredentialsFilter.isApi(request)) {
                response.sendRedirect(request.getContextPath() + "/login?error");
                return;
            }
            writeJson(request, response);
        };
    }

    private static void writeJson(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApiErrorBody.write(response, HttpStatus.FORBIDDEN.value(), "csrf.invalid", request.getLocale());
    }
}
