package org.tawsim.suggestion.external;

/** What one call of the service on a short sample text gave: {@code ok} when it answered usable JSON. */
public record ConnectionTest(boolean ok, int spans, int dropped, long millis, ExternalSettings.Problem problem) {
}
