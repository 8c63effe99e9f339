package org.tawsim.project;

import java.time.OffsetDateTime;

/**
 * A project as the HTTP API shows it.
 *
 * @param role    the caller's role in the project (lower case), or null for an admin who is no member
 * @param sharing whether annotators of a document may read each other's layers (blind annotation when false)
 */
public record ProjectOverview(long id, String name, String description, String role, int documents, boolean sharing,
                              OffsetDateTime createdAt) {
}
