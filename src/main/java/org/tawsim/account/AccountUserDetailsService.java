package org.tawsim.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Spring Security reads logins from the app_user table; authorities are the system role. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    AccountUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        UserAccount account = users.findByLogin(login).orElseThrow(() -> new UsernameNotFoundException(login));
        String hash = users.passwordHash(login).orElseThrow(() -> new UsernameNotFoundException(login));
        long credentialsVersion = users.standing(login).map(AccountStanding::credentialsVersion).orElse(0L);
        return new AccountPrincipal(account.login(), hash, account.enabled(),
                List.of(new SimpleGrantedAuthority(account.role().authority())), credentialsVersion);
    }
}
