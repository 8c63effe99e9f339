package org.tawsim.suggestion.external;

/**
 * A lead's change: the URL (required), the token (absent or null keeps the stored one, {@code ""} removes it) and
 * the timeout in seconds (absent keeps the current one; 3 at first).
 */
public record ExternalSettingsChange(String url, String token, Integer timeoutSeconds) {
}
