package org.tawsim.account;

/**
 * What decides, on every request, whether an authenticated account may go on: a disabled account may not; a
 * login made before the account's last password change, reset or disabling may not (its
 * {@link AccountPrincipal#credentialsVersion()} is behind {@code credentialsVersion}); and an account that must
 * change its password may do only that.
 */
public record AccountStanding(boolean enabled, boolean mustChangePassword, long credentialsVersion) {
}
