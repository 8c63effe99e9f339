package org.tawsim.suggestion.prediction;

import java.time.OffsetDateTime;

/** A stored prediction with its document and who imported it when, as a backup writes it. */
public record StoredPrediction(long documentId, Prediction prediction, OffsetDateTime importedAt, long importedBy) {
}
