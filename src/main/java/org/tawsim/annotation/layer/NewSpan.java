package org.tawsim.annotation.layer;

import java.time.OffsetDateTime;

/** A span of a bulk load; the times may be null (now). */
public record NewSpan(int start, int end, String label, long createdBy, OffsetDateTime createdAt, long updatedBy,
                      OffsetDateTime updatedAt) {

    public static NewSpan by(long userId, int start, int end, String label) {
        return new NewSpan(start, end, label, userId, null, userId, null);
    }
}
