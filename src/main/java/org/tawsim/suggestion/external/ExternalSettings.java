package org.tawsim.suggestion.external;

import java.time.OffsetDateTime;

/**
 * A project's external recommender as its leads see it: never the token, only whether one is set; what the service
 * did lately. {@code url} is null while none is configured.
 */
public record ExternalSettings(boolean enabled, String url, boolean tokenSet, int timeoutSeconds, long calls,
                               long failures, long droppedSpans, OffsetDateTime lastSuccessAt, Problem lastProblem) {

    /** The last problem, translated, with its key and when it happened. */
    public record Problem(String code, String message, OffsetDateTime at) {
    }
}
