package org.tawsim.suggestion.external;

import java.time.OffsetDateTime;

/** A project's external service as stored, token included: never leaves this package. */
record StoredService(long projectId, String url, String token, int timeoutSeconds, long version, long calls,
                     long failures, long droppedSpans, OffsetDateTime lastSuccessAt, ExternalProblem lastProblem,
                     OffsetDateTime lastProblemAt) {
}
