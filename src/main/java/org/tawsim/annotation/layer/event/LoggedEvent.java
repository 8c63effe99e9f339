package org.tawsim.annotation.layer.event;

import java.time.OffsetDateTime;

/**
 * A stored event: when, by whom (null for the first start's setup), in which project and document (null for a
 * project's own events), and what.
 */
public record LoggedEvent(long id, OffsetDateTime occurredAt, Long actorId, Long projectId, Long documentId,
                          Event event) {

    public String kind() {
        return EventKinds.kindOf(event);
    }
}
