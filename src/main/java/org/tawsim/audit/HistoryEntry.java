package org.tawsim.audit;

import java.time.OffsetDateTime;

/**
 * One change to a document (its import, or a change to an annotator's layer or to gold), from the append-only
 * event log.
 *
 * @param kind     document.imported, span.created, span.updated, span.deleted, span.restored, chain.moved,
 *                 chain.deleted or a curation.* step
 * @param target   what changed, e.g. "span 12" or "chain 3"
 * @param details  the change in offsets and labels, e.g. "[18, 22) LOCATION → [18, 23) LOCATION"
 * @param imported for document.imported only (else null): the file and its counts, for a translated display
 */
public record HistoryEntry(long eventId, OffsetDateTime occurredAt, long actorId, String actorLogin, String actorName,
                           String kind, String target, String details, long revision, ImportedFile imported) {
}
