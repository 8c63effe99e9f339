package org.tawsim.account;

import java.util.Collection;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * Who logged in with a password, and the account's credentials version at that moment. A session keeps it;
 * once the account's version moves on (password changed or reset, account disabled) the session is over.
 */
public class AccountPrincipal extends User {

    private static final long serialVersionUID = 1L;

    private final long credentialsVersion;

    AccountPrincipal(String login, String passwordHash, boolean enabled, Collection<? extends GrantedAuthority> authorities,
                     long credentialsVersion) {
        super(login, passwordHash, enabled, true, true, true, authorities);
        this.credentialsVersion = credentialsVersion;
    }

    public long credentialsVersion() {
        return credentialsVersion;
    }

    /**
     * After the user changed their own password: the current login with the new version, for this session to
     * stay open while the account's other sessions end. Empty when the current login is not a password login.
     */
    public static Optional<SecurityContext> currentAfterPasswordChange(long credentialsVersion) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal old)) {
            return Optional.empty();
        }
        AccountPrincipal renewed = new AccountPrincipal(old.getUsername(), "", true, old.getAuthorities(), credentialsVersion);
        renewed.eraseCredentials();
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(renewed, null, old.getAuthorities());
        token.setDetails(auth.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        return Optional.of(context);
    }
}
