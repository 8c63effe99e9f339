package org.tawsim.account;

import org.springframework.security.authentication.LockedException;

/** Refusal of a login attempt while its account or address is locked by {@link LoginThrottle}. */
public class LoginLocked extends LockedException {

    public LoginLocked(String message) {
        super(message);
    }
}
