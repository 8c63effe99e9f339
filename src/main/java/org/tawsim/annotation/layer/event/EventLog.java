package org.tawsim.annotation.layer.event;

import org.tawsim.annotation.layer.LayerKey;
import org.tawsim.annotation.layer.LayerOwner;

import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into the append-only event log. An event is appended in the transaction of the change it records
 * (there must be one), so the change and its event are stored together or not at all.
 */
@Service
public class EventLog {

    private final EventLogRepository rows;

    EventLog(EventLogRepository rows) {
        this.rows = rows;
    }

    /** A change to a document (its import, a layer's spans and chains, its assignments, its curation). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(long actorId, long projectId, long documentId, Event event) {
        append(actorId, projectId, documentId, null, event);
    }

    /** An operation on a layer, with the client's operation id (null for changes the server makes). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(long actorId, long projectId, long documentId, UUID opId, Event event) {
        rows.insert(actorId, projectId, documentId, opId, EventKinds.kindOf(event), EventKinds.json(event));
    }

    /** A change to the project itself: its members, label set and settings. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendToProject(long actorId, long projectId, Event event) {
        rows.insert(actorId, projectId, null, null, EventKinds.kindOf(event), EventKinds.json(event));
    }

    /** The first start's seeding, which nobody made. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendSeeded(long projectId, ProjectEvent.Seeded event) {
        rows.insert(null, projectId, null, null, EventKinds.kindOf(event), EventKinds.json(event));
    }

    /** The document's events in the order they happened, optionally of one actor only. */
    public List<LoggedEvent> ofDocument(long documentId, Long actorId) {
        return rows.ofDocument(documentId, actorId);
    }

    /** Whether this layer once deleted this span: only such an id may come back. */
    public boolean spanDeletedBefore(LayerKey key, long spanId) {
        return rows.exists(EventKinds.kindOf(SpanEvent.Deleted.class), key.documentId(), annotatorOf(key), spanId);
    }

    /** Whether this layer once deleted this chain. */
    public boolean chainDeletedBefore(LayerKey key, long chainId) {
        return rows.exists(EventKinds.kindOf(ChainEvent.Deleted.class), key.documentId(), annotatorOf(key), chainId);
    }

    private static Long annotatorOf(LayerKey key) {
        return key.owner() instanceof LayerOwner.Annotator annotator ? annotator.id() : null;
    }

    /** Whether any event of this kind was ever written (e.g. whether this database was seeded). */
    public boolean any(Class<? extends Event> kind) {
        return rows.exists(EventKinds.kindOf(kind));
    }

    /** For the migration that retitles documents: those a lead renamed, read on the migration's connection. */
    public static Set<Long> renamedDocuments(Connection connection) {
        return EventLogRepository.documentsWith(connection, EventKinds.kindOf(DocumentEvent.Renamed.class));
    }
}
