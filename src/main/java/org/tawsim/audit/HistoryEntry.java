package org.tawsim.audit;

import java.time.OffsetDateTime;
import org.tawsim.annotation.layer.event.Event;

/**
 * One change to a document (its import, a change to an annotator's layer or to gold, its assignments, its
 * curation), from the append-only event log.
 *
 * @param kind     the event's kind, e.g. document.imported, span.created, chain.moved, assignment.done,
 *                 curation.decided
 * @param target   what changed, e.g. "span 12" or "chain 3" (untranslated; the dialog shows {@link HistoryTexts})
 * @param details  the change in offsets and labels, e.g. "[18, 22) LOCATION → [18, 23) LOCATION" (untranslated)
 * @param imported for document.imported only (else null): the file and its counts
 * @param event    the event as a type, for a translated display
 */
public record HistoryEntry(long eventId, OffsetDateTime occurredAt, long actorId, String actorLogin, String actorName,
                           String kind, String target, String details, long revision, ImportedFile imported,
                           Event event) {
}
