package org.tawsim.account.ui;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tawsim.account.AccountService;
import org.tawsim.account.AccountStandingFilter;
import org.tawsim.account.ApiTokenFilter;
import org.tawsim.account.ApiTokenService;
import org.tawsim.account.CredentialsRefusal;
import org.tawsim.account.LoginLocked;
import org.tawsim.base.ApiCredentialsFilter;
import org.tawsim.base.SecurityHeaders;
import org.tawsim.base.SessionCsrf;

/**
 * Pages: Vaadin's login view and route annotations. The HTTP API under /api/: the browser session (with
 * its CSRF token), an API token ({@code Authorization: Bearer}) or HTTP Basic for scripts (on /api/ only, see
 * ApiCredentialsFilter); unauthenticated calls get 401, not the login page. Password logins are throttled (see
 * LoginThrottle). Only in the web application: the command-line export runs without a web server.
 */
@Configuration
@ConditionalOnWebApplication
@EnableWebSecurity
class SecurityConfiguration extends VaadinWebSecurity {

    private static final RequestMatcher API = ApiCredentialsFilter::isApi;

    private final ApiTokenService tokens;
    private final UserDetailsService users;
    private final AccountService accounts;

    SecurityConfiguration(ApiTokenService tokens, UserDetailsService users, AccountService accounts) {
        this.tokens = tokens;
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(API).authenticated());
        http.addFilterBefore(new ApiCredentialsFilter(), CsrfFilter.class);
        http.addFilterBefore(new ApiTokenFilter(tokens, users), BasicAuthenticationFilter.class);
        http.addFilterAfter(new AccountStandingFilter(accounts), BasicAuthenticationFilter.class);
        http.httpBasic(basic -> basic.authenticationEntryPoint(new CredentialsRefusal()));
        http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), API));
        // CSRF protects cookie sessions. The API and the login POST (which Vaadin exempts) are checked by SessionCsrf.
        SessionCsrf.apply(http);
        super.configure(http);
        SecurityHeaders.apply(http);
        setLoginView(http, LoginView.class);
        // Vaadin's login view shows ?error; a locked account or address gets its own message (?locked).
        var failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(LoginLocked.class.getName(), "/login?locked"));
        http.formLogin(form -> form.failureHandler(failure));
    }

}
