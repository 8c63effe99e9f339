package org.tawsim.audit;

import java.time.OffsetDateTime;

/**
 * One change to an annotator's layer of a document, from the append-only event log.
 *
 * @param kind    span.created, span.updated, span.deleted, span.restored, chain.moved or chain.deleted
 * @param target  what changed, e.g. "span 12" or "chain 3"
 * @param details the change in offsets and labels, e.g. "[18, 22) LOCATION → [18, 23) LOCATION"
 */
public record HistoryEntry(long eventId, OffsetDateTime occurredAt, long actorId, String actorLogin, String actorName,
                           String kind, String target, String details, long revision) {
}
