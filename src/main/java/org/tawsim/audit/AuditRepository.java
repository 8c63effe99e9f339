package org.tawsim.audit;

import static org.tawsim.db.Tables.APP_USER;

import java.util.Collection;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The names of the people who made a document's changes (the changes themselves come from the event log). */
@Repository
class AuditRepository {

    record Names(String login, String displayName) {
    }

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<Long, Names> names(Collection<Long> userIds) {
        return dsl.select(APP_USER.ID, APP_USER.LOGIN, APP_USER.DISPLAY_NAME).from(APP_USER)
                .where(APP_USER.ID.in(userIds))
                .fetchMap(r -> r.value1(), r -> new Names(r.value2(), r.value3()));
    }
}
