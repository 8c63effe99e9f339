package org.tawsim.account;

import static org.tawsim.db.Tables.LOGIN_FAILURE;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Failed-login counts in PostgreSQL, so that every app instance sees the same counts. Times come from the
 * database clock, the one clock all instances share. Each statement runs on its own (auto-commit).
 */
@Repository
class LoginFailureRepository {

    static final String ACCOUNT = "account";
    static final String ADDRESS = "address";

    private static final Field<OffsetDateTime> NOW = DSL.currentOffsetDateTime();

    private final DSLContext dsl;

    LoginFailureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Counts one failure in a single upsert, so concurrent failures (on any instance) are all counted. A count
     * whose window ran out (and that is not locked) starts again at 1; reaching {@code max} locks for {@code lock}.
     */
    void failed(String scope, String subject, int max, Duration lock) {
        Condition windowOver = LOGIN_FAILURE.FIRST_FAILED_AT.lt(shifted(lock.negated()))
                .and(LOGIN_FAILURE.LOCKED_UNTIL.isNull().or(LOGIN_FAILURE.LOCKED_UNTIL.le(NOW)));
        Field<Integer> count = DSL.when(windowOver, DSL.inline(1)).otherwise(LOGIN_FAILURE.FAILURES.plus(1));
        dsl.insertInto(LOGIN_FAILURE)
                .set(LOGIN_FAILURE.SCOPE, scope)
                .set(LOGIN_FAILURE.SUBJECT, subject)
                .set(LOGIN_FAILURE.FAILURES, 1)
                .set(LOGIN_FAILURE.FIRST_FAILED_AT, NOW)
                .set(LOGIN_FAILURE.LOCKED_UNTIL, max <= 1 ? shifted(lock) : DSL.castNull(OffsetDateTime.class))
                .onConflict(LOGIN_FAILURE.SCOPE, LOGIN_FAILURE.SUBJECT)
                .doUpdate()
                .set(LOGIN_FAILURE.FAILURES, count)
                .set(LOGIN_FAILURE.FIRST_FAILED_AT, DSL.when(windowOver, NOW).otherwise(LOGIN_FAILURE.FIRST_FAILED_AT))
                .set(LOGIN_FAILURE.LOCKED_UNTIL, DSL.when(count.ge(max), shifted(lock))
                        .when(windowOver, DSL.castNull(OffsetDateTime.class)).otherwise(LOGIN_FAILURE.LOCKED_UNTIL))
                .execute();
    }

    /** How long the longer of the two locks still runs, if either subject is locked now. */
    Optional<Duration> lockedFor(String account, String address) {
        Condition subjects = LOGIN_FAILURE.SCOPE.eq(ACCOUNT).and(LOGIN_FAILURE.SUBJECT.eq(account));
        if (address != null) {
            subjects = subjects.or(LOGIN_FAILURE.SCOPE.eq(ADDRESS).and(LOGIN_FAILURE.SUBJECT.eq(address)));
        }
        return dsl.select(LOGIN_FAILURE.LOCKED_UNTIL, NOW).from(LOGIN_FAILURE)
                .where(subjects).and(LOGIN_FAILURE.LOCKED_UNTIL.gt(NOW))
                .orderBy(LOGIN_FAILURE.LOCKED_UNTIL.desc()).limit(1)
                .fetchOptional(r -> Duration.between(r.value2(), r.value1()));
    }

    void forget(String scope, String subject) {
        dsl.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.SCOPE.eq(scope)).and(LOGIN_FAILURE.SUBJECT.eq(subject)).execute();
    }

    void forgetAll() {
        dsl.deleteFrom(LOGIN_FAILURE).execute();
    }

    /** Deletes rows that count nothing any more: window over and no lock running. */
    int forgetExpired(Duration lock) {
        return dsl.deleteFrom(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.FIRST_FAILED_AT.lt(shifted(lock.negated())))
                .and(LOGIN_FAILURE.LOCKED_UNTIL.isNull().or(LOGIN_FAILURE.LOCKED_UNTIL.le(NOW)))
                .execute();
    }

    /** The database's now, moved by {@code by}. */
    private static Field<OffsetDateTime> shifted(Duration by) {
        return DSL.field("({0} + make_interval(secs => {1}))", OffsetDateTime.class, NOW, DSL.val((double) by.toMillis() / 1000));
    }
}
