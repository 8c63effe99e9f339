package org.tawsim.account;

/** A person who logs in. The password hash never leaves the account package. */
public record UserAccount(long id, String login, String displayName, SystemRole role, String uiLanguage, boolean enabled) {
}
