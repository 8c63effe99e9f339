package org.tawsim.annotation.layer;

import java.time.OffsetDateTime;

/** Who created and last changed a span, and when (logins). */
public record SpanHistory(String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt) {
}
