package org.tawsim.corpus;

import java.time.OffsetDateTime;

/** A document without its text, for lists. Length counts Unicode code points. */
public record DocumentSummary(long id, long projectId, String externalId, String title, int length,
                              String sourceFile, OffsetDateTime createdAt) {
}
