package org.tawsim.account;

/**
 * A person who logs in. The password hash never leaves the account package. {@code mustChangePassword}: the
 * password was set by an admin and must be replaced before anything else.
 */
public record UserAccount(long id, String login, String displayName, SystemRole role, String uiLanguage, boolean enabled,
                          boolean mustChangePassword) {
}
