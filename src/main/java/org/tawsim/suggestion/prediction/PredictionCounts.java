package org.tawsim.suggestion.prediction;

import java.time.OffsetDateTime;

/**
 * What a project holds of imported predictions, e.g. {@code {"documents": 2, "predictions": 9, "lastImport":
 * {"at": "2026-12-04T16:40:00Z", "by": "lead"}}}; {@code lastImport} is null when there are none.
 */
public record PredictionCounts(int documents, int predictions, LastImport lastImport) {

    /** When the newest stored predictions were imported, and by whom (login). */
    public record LastImport(OffsetDateTime at, String by) {
    }
}
