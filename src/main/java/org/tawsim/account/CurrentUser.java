package org.tawsim.account;

import java.security.Principal;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The account behind the current request or UI session. */
@Component
public class CurrentUser {

    private final UserRepository users;

    CurrentUser(UserRepository users) {
        this.users = users;
    }

    public Optional<UserAccount> get() {
        return loginName().flatMap(users::findByLogin);
    }

    public UserAccount require() {
        return get().orElseThrow(() -> new IllegalStateException("No logged-in user"));
    }

    private static Optional<String> loginName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getName() != null && !(auth instanceof AnonymousAuthenticationToken)) {
            return Optional.of(auth.getName());
        }
        // Vaadin replaces the global holder strategy when it starts; security filters built before that (another
        // application context in the same JVM) keep theirs. The request they authenticated still names its user.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            Principal principal = attributes.getRequest().getUserPrincipal();
            if (principal != null) {
                return Optional.of(principal.getName());
            }
        }
        return Optional.empty();
    }
}
