package org.tawsim.annotation;

import static org.tawsim.db.Tables.EVENT_LOG;

import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tawsim.annotation.layer.LayerKey;
import org.tawsim.annotation.layer.LayerOwner;

/** The event log of layer changes: written with every change, read back to tell which ids a layer may restore. */
@Repository
class AnnotationRepository {

    /** The "layer" of gold events in event_log payloads (annotators' events have none). */
    static final String GOLD = "gold";

    private final DSLContext dsl;

    AnnotationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether this layer once deleted the span or chain with this id (only such ids may be restored). */
    boolean deletedBefore(String kind, long id, LayerKey key) {
        Field<String> deletedId = DSL.field("{0} ->> 'id'", String.class, EVENT_LOG.PAYLOAD);
        Field<String> layer = DSL.field("{0} ->> 'layer'", String.class, EVENT_LOG.PAYLOAD);
        Condition whose = key.owner() instanceof LayerOwner.Annotator annotator
                ? EVENT_LOG.ACTOR_ID.eq(annotator.id()).and(layer.isNull()) : layer.eq(GOLD);
        return dsl.fetchExists(EVENT_LOG, EVENT_LOG.DOCUMENT_ID.eq(key.documentId()).and(whose)
                .and(EVENT_LOG.KIND.eq(kind)).and(deletedId.eq(Long.toString(id))));
    }

    void log(long actorId, long projectId, long documentId, String kind, UUID opId, String payloadJson) {
        dsl.insertInto(EVENT_LOG)
                .set(EVENT_LOG.ACTOR_ID, actorId)
                .set(EVENT_LOG.PROJECT_ID, projectId)
                .set(EVENT_LOG.DOCUMENT_ID, documentId)
                .set(EVENT_LOG.KIND, kind)
                .set(EVENT_LOG.OP_ID, opId)
                .set(EVENT_LOG.PAYLOAD, JSONB.valueOf(payloadJson))
                .execute();
    }
}
