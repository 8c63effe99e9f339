package org.tawsim.seed;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Start-up bookkeeping: one instance sets up at a time (whether it seeded is in the event log). */
@Repository
class SetupRepository {

    private static final long SETUP_LOCK = 0x7461_7773_696dL; // "tawsim"

    private final DSLContext dsl;

    SetupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Held until the surrounding transaction ends, so two app instances never seed twice. */
    void lockForSetup() {
        dsl.select(org.jooq.impl.DSL.field("pg_advisory_xact_lock({0})", Object.class, SETUP_LOCK)).fetch();
    }
}
