package org.tawsim.audit;

import static org.tawsim.db.Tables.APP_USER;
import static org.tawsim.db.Tables.EVENT_LOG;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads the event log (written by the annotation service; it refuses updates and deletes). */
@Repository
class AuditRepository {

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The document's events in the order they happened, optionally of one actor only. */
    List<HistoryEvent> events(long documentId, Long actorId) {
        Condition condition = EVENT_LOG.DOCUMENT_ID.eq(documentId);
        if (actorId != null) {
            condition = condition.and(EVENT_LOG.ACTOR_ID.eq(actorId));
        }
        return dsl.select(EVENT_LOG.ID, EVENT_LOG.OCCURRED_AT, EVENT_LOG.ACTOR_ID, APP_USER.LOGIN, APP_USER.DISPLAY_NAME,
                        EVENT_LOG.KIND, EVENT_LOG.PAYLOAD)
                .from(EVENT_LOG).join(APP_USER).on(APP_USER.ID.eq(EVENT_LOG.ACTOR_ID))
                .where(condition)
                .orderBy(EVENT_LOG.ID)
                .fetch(r -> new HistoryEvent(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7().data()));
    }
}
