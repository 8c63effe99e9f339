package org.tawsim.base;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tawsim.account.ui.LoginView;

/**
 * Pages: Vaadin's login view and route annotations. The HTTP API under /api/: the browser session (with
 * its CSRF token) or HTTP Basic for scripts; unauthenticated calls get 401, not the login page. Only in the web
 * application: the command-line export runs without a web server.
 */
@Configuration
@ConditionalOnWebApplication
@EnableWebSecurity
class SecurityConfiguration extends VaadinWebSecurity {

    private static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    private static final RequestMatcher API_WITH_CREDENTIALS = request -> API.matches(request)
            && request.getHeader("Authorization") != null;

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(API).authenticated());
        http.httpBasic(Customizer.withDefaults());
        http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), API));
        // CSRF protects cookie sessions; a request carrying its own credentials cannot be forged by another site.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(API_WITH_CREDENTIALS));
        super.configure(http);
        setLoginView(http, LoginView.class);
    }
}
