package org.tawsim.annotation;

import java.time.OffsetDateTime;

/**
 * One cell of the document × annotator matrix: the assignment's status, the annotator's spans in the document and
 * when their layer last changed (when it was assigned, before any change).
 */
public record AssignmentCell(long documentId, String login, AssignmentStatus status, int spans, OffsetDateTime updatedAt) {
}
