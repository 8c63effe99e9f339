package org.tawsim.account;

import static org.tawsim.db.Tables.LOGIN_FAILURE;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Login attempts counted in PostgreSQL, so that every app instance sees the same counts. A count holds the
 * attempts of its window that were not proven right: it grows before the password is checked and a successful
 * login takes its attempt back. Times come from the database clock, the one clock all instances share. Each
 * statement runs on its own (auto-commit).
 */
@Repository
class LoginFailureRepository {

    /** One account, over all addresses. */
    static final String ACCOUNT = "account";
    /** One remote address, over all accounts. */
    static final String ADDRESS = "address";
    /** One account from one remote address. */
    static final String ACCOUNT_ADDRESS = "account_address";

    /** What is counted: a scope and the account, address or both in it. */
    record Counter(String scope, String subject) {
    }

    private static final Field<OffsetDateTime> NOW = DSL.currentOffsetDateTime();

    private final DSLContext dsl;

    LoginFailureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Counts one attempt and returns the count including it, in a single upsert: concurrent attempts (on any
     * instance) each get their own number. A count whose window ran out (and that is not locked) starts again at 1;
     * reaching {@code max} locks for {@code lock} from then (later attempts do not extend the lock).
     */
    int attempt(Counter counter, int max, Duration lock) {
        Condition notLocked = LOGIN_FAILURE.LOCKED_UNTIL.isNull().or(LOGIN_FAILURE.LOCKED_UNTIL.le(NOW));
        Condition windowOver = LOGIN_FAILURE.FIRST_FAILED_AT.lt(shifted(lock.negated())).and(notLocked);
        Field<Integer> count = DSL.when(windowOver, DSL.inline(1)).otherwise(LOGIN_FAILURE.FAILURES.plus(1));
        Field<OffsetDateTime> noLock = DSL.castNull(OffsetDateTime.class);
        return dsl.insertInto(LOGIN_FAILURE)
                .set(LOGIN_FAILURE.SCOPE, counter.scope())
                .set(LOGIN_FAILURE.SUBJECT, counter.subject())
                .set(LOGIN_FAILURE.FAILURES, 1)
                .set(LOGIN_FAILURE.FIRST_FAILED_AT, NOW)
                .set(LOGIN_FAILURE.LOCKED_UNTIL, max <= 1 ? shifted(lock) : noLock)
                .onConflict(LOGIN_FAILURE.SCOPE, LOGIN_FAILURE.SUBJECT)
                .doUpdate()
                .set(LOGIN_FAILURE.FAILURES, count)
                .set(LOGIN_FAILURE.FIRST_FAILED_AT, DSL.when(windowOver, NOW).otherwise(LOGIN_FAILURE.FIRST_FAILED_AT))
                .set(LOGIN_FAILURE.LOCKED_UNTIL, DSL.when(count.ge(max).and(notLocked), shifted(lock))
                        .when(windowOver, noLock).otherwise(LOGIN_FAILURE.LOCKED_UNTIL))
                .returningResult(LOGIN_FAILURE.FAILURES)
                .fetchOne(r -> r.value1());
    }

    /** Takes one attempt back (it proved right, or was refused elsewhere unchecked); below {@code max} it unlocks. */
    void takeBack(Counter counter, int max) {
        Field<Integer> count = DSL.greatest(LOGIN_FAILURE.FAILURES.minus(1), DSL.inline(0));
        dsl.update(LOGIN_FAILURE)
                .set(LOGIN_FAILURE.FAILURES, count)
                .set(LOGIN_FAILURE.LOCKED_UNTIL, DSL.when(count.lt(max), DSL.castNull(OffsetDateTime.class))
                        .otherwise(LOGIN_FAILURE.LOCKED_UNTIL))
                .where(matches(counter))
                .execute();
    }

    /** How long the longest of the counters' locks still runs, if any of them is locked now. */
    Optional<Duration> lockedFor(List<Counter> counters) {
        return dsl.select(LOGIN_FAILURE.LOCKED_UNTIL, NOW).from(LOGIN_FAILURE)
                .where(DSL.or(counters.stream().map(LoginFailureRepository::matches).toList()))
                .and(LOGIN_FAILURE.LOCKED_UNTIL.gt(NOW))
                .orderBy(LOGIN_FAILURE.LOCKED_UNTIL.desc()).limit(1)
                .fetchOptional(r -> Duration.between(r.value2(), r.value1()));
    }

    void forget(Counter counter) {
        dsl.deleteFrom(LOGIN_FAILURE).where(matches(counter)).execute();
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

    private static Condition matches(Counter counter) {
        return LOGIN_FAILURE.SCOPE.eq(counter.scope()).and(LOGIN_FAILURE.SUBJECT.eq(counter.subject()));
    }

    /** The database's now, moved by {@code by}. */
    private static Field<OffsetDateTime> shifted(Duration by) {
        return DSL.field("({0} + make_interval(secs => {1}))", OffsetDateTime.class, NOW, DSL.val((double) by.toMillis() / 1000));
    }
}
