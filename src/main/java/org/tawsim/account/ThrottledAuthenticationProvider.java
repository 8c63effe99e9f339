package org.tawsim.account;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password logins (the login form and HTTP Basic alike) checked against the accounts table, each counted by
 * {@link LoginThrottle} before its password is checked and refused unchecked once a limit is reached.
 *
 * <p>Every admitted attempt costs one password hash check, whether the account exists, is disabled or not:
 * unknown logins are checked against a stand-in hash (Spring's timing protection) and disabled accounts are
 * told apart only after the check, so the time of an answer does not say which logins exist or are disabled.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        // Spring checks disabled (and locked, expired) accounts before the password by default: after it instead.
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (!throttle.admit(login, address)) {
            throw new LoginLocked(throttle.lockMinutes());
        }
        // A wrong password, unknown or disabled account keeps its attempt counted.
        Authentication result = passwords.authenticate(authentication);
        throttle.succeeded(login, address);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
