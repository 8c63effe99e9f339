package org.tawsim.annotation.layer.event;

import static org.tawsim.db.Tables.EVENT_LOG;

import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The {@code event_log} table: rows appended (it refuses updates and deletes) and read back. */
@Repository
class EventLogRepository {

    private final DSLContext dsl;

    EventLogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(Long actorId, Long projectId, Long documentId, UUID opId, String kind, String payloadJson) {
        dsl.insertInto(EVENT_LOG)
                .set(EVENT_LOG.ACTOR_ID, actorId)
                .set(EVENT_LOG.PROJECT_ID, projectId)
                .set(EVENT_LOG.DOCUMENT_ID, documentId)
                .set(EVENT_LOG.KIND, kind)
                .set(EVENT_LOG.OP_ID, opId)
                .set(EVENT_LOG.PAYLOAD, JSONB.valueOf(payloadJson))
                .execute();
    }

    /** The document's rows in the order they were written, optionally of one actor only. */
    List<LoggedEvent> ofDocument(long documentId, Long actorId) {
        Condition condition = EVENT_LOG.DOCUMENT_ID.eq(documentId);
        if (actorId != null) {
            condition = condition.and(EVENT_LOG.ACTOR_ID.eq(actorId));
        }
        return dsl.select(EVENT_LOG.ID, EVENT_LOG.OCCURRED_AT, EVENT_LOG.ACTOR_ID, EVENT_LOG.PROJECT_ID,
                        EVENT_LOG.DOCUMENT_ID, EVENT_LOG.KIND, EVENT_LOG.PAYLOAD)
                .from(EVENT_LOG).where(condition).orderBy(EVENT_LOG.ID)
                .fetch(r -> new LoggedEvent(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        EventKinds.read(r.value6(), r.value7().data())));
    }

    /**
     * Whether the layer (gold when the annotator is null) has a row of this kind for this span or chain id. An
     * annotator's layer events are the ones they made without {@code "layer": "gold"}.
     */
    boolean exists(String kind, long documentId, Long annotatorId, long id) {
        Field<String> payloadId = DSL.field("{0} ->> 'id'", String.class, EVENT_LOG.PAYLOAD);
        Field<String> layer = DSL.field("{0} ->> 'layer'", String.class, EVENT_LOG.PAYLOAD);
        Condition whose = annotatorId == null ? layer.eq(LayerEvent.GOLD)
                : EVENT_LOG.ACTOR_ID.eq(annotatorId).and(layer.isNull());
        return dsl.fetchExists(EVENT_LOG, EVENT_LOG.DOCUMENT_ID.eq(documentId).and(whose)
                .and(EVENT_LOG.KIND.eq(kind)).and(payloadId.eq(Long.toString(id))));
    }

    boolean exists(String kind) {
        return dsl.fetchExists(EVENT_LOG, EVENT_LOG.KIND.eq(kind));
    }

    /** For a migration, on its own connection: the documents that have at least one row of this kind. */
    static Set<Long> documentsWith(Connection connection, String kind) {
        return DSL.using(connection, SQLDialect.POSTGRES).selectDistinct(EVENT_LOG.DOCUMENT_ID).from(EVENT_LOG)
                .where(EVENT_LOG.KIND.eq(kind).and(EVENT_LOG.DOCUMENT_ID.isNotNull()))
                .fetchSet(EVENT_LOG.DOCUMENT_ID);
    }
}
