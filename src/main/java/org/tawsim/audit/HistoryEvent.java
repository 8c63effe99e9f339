package org.tawsim.audit;

import java.time.OffsetDateTime;

/** A row of the event log as stored, with the actor's names; the payload is the JSON the change wrote. */
record HistoryEvent(long id, OffsetDateTime occurredAt, long actorId, String actorLogin, String actorName, String kind,
                    String payload) {
}
