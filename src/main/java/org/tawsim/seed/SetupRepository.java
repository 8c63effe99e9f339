package org.tawsim.seed;

import static org.tawsim.db.Tables.EVENT_LOG;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

/** Start-up bookkeeping: one instance sets up at a time, and seeding happens once per database. */
@Repository
class SetupRepository {

    private static final long SETUP_LOCK = 0x7461_7773_696dL; // "tawsim"
    private static final String SEEDED = "setup.seeded";

    private final DSLContext dsl;

    SetupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Held until the surrounding transaction ends, so two app instances never seed twice. */
    void lockForSetup() {
        dsl.select(org.jooq.impl.DSL.field("pg_advisory_xact_lock({0})", Object.class, SETUP_LOCK)).fetch();
    }

    boolean seeded() {
        return dsl.fetchExists(EVENT_LOG, EVENT_LOG.KIND.eq(SEEDED));
    }

    void markSeeded(long projectId, int documents) {
        dsl.insertInto(EVENT_LOG)
                .set(EVENT_LOG.KIND, SEEDED)
                .set(EVENT_LOG.PROJECT_ID, projectId)
                .set(EVENT_LOG.PAYLOAD, JSONB.valueOf("{\"documents\": " + documents + "}"))
                .execute();
    }
}
