package org.tawsim.annotation;

/** One row of an annotator's queue. */
public record MyAssignment(long documentId, long projectId, String projectName, String externalId, String title,
                           AssignmentStatus status, int spanCount) {
}
