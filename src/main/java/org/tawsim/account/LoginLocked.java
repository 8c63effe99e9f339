package org.tawsim.account;

import org.springframework.security.authentication.LockedException;

/** Refusal of a login attempt while its account or address is locked by {@link LoginThrottle}. */
public class LoginLocked extends LockedException {

    private final long minutes;

    public LoginLocked(long minutes) {
        super("Too many failed logins for this account or address; try again in " + minutes + " minutes");
        this.minutes = minutes;
    }

    /** How long the lock holds after the last failed attempt. */
    public long minutes() {
        return minutes;
    }
}
