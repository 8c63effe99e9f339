package org.tawsim.account;

import static org.tawsim.db.Tables.APP_USER;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tawsim.db.tables.records.AppUserRecord;

@Repository
class UserRepository {

    /** Not a bcrypt hash: no password matches it, so a restored account cannot log in before a reset. */
    private static final String NO_PASSWORD = "{bcrypt}restored-account-without-password";

    private final DSLContext dsl;

    UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<UserAccount> findByLogin(String login) {
        return dsl.selectFrom(APP_USER).where(APP_USER.LOGIN.eq(login)).fetchOptional(UserRepository::toAccount);
    }

    /** The one account whose login is this one whatever the letter case (logins are unique ignoring case). */
    Optional<UserAccount> findByLoginIgnoringCase(String login) {
        return dsl.selectFrom(APP_USER).where(DSL.lower(APP_USER.LOGIN).eq(login.toLowerCase(Locale.ROOT)))
                .fetchOptional(UserRepository::toAccount);
    }

    Optional<UserAccount> findById(long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(UserRepository::toAccount);
    }

    Optional<String> passwordHash(String login) {
        return dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.LOGIN.eq(login)).fetchOptional(APP_USER.PASSWORD_HASH);
    }

    List<UserAccount> findAll() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.LOGIN).fetch(UserRepository::toAccount);
    }

    boolean exists(String login) {
        return dsl.fetchExists(APP_USER, APP_USER.LOGIN.eq(login));
    }

    /** Logins are unique whatever their letter case (index app_user_login_lower_uk); they are ASCII only. */
    boolean existsIgnoringCase(String login) {
        return dsl.fetchExists(APP_USER, DSL.lower(APP_USER.LOGIN).eq(login.toLowerCase(Locale.ROOT)));
    }

    Optional<AccountStanding> standing(String login) {
        return dsl.select(APP_USER.ENABLED, APP_USER.MUST_CHANGE_PASSWORD, APP_USER.CREDENTIALS_VERSION).from(APP_USER)
                .where(APP_USER.LOGIN.eq(login))
                .fetchOptional(r -> new AccountStanding(r.value1(), r.value2(), r.value3()));
    }

    Optional<String> passwordHash(long userId) {
        return dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchOptional(APP_USER.PASSWORD_HASH);
    }

    /** Sets the hash and whether it must be changed at the next login; returns the new credentials version. */
    long updatePassword(long userId, String passwordHash, boolean mustChange) {
        return dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).set(APP_USER.MUST_CHANGE_PASSWORD, mustChange)
                .set(APP_USER.CREDENTIALS_VERSION, APP_USER.CREDENTIALS_VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .returning(APP_USER.CREDENTIALS_VERSION).fetchOptional(APP_USER.CREDENTIALS_VERSION)
                .orElseThrow(() -> new IllegalArgumentException("No account " + userId));
    }

    void mustChangePassword(long userId) {
        dsl.update(APP_USER).set(APP_USER.MUST_CHANGE_PASSWORD, true).where(APP_USER.ID.eq(userId)).execute();
    }

    /** A restored account: disabled, with a hash no password matches (an admin gives it one). */
    long insertDisabled(String login, String displayName, String systemRole) {
        return dsl.insertInto(APP_USER).set(APP_USER.LOGIN, login).set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.SYSTEM_ROLE, systemRole).set(APP_USER.PASSWORD_HASH, NO_PASSWORD)
                .set(APP_USER.ENABLED, false).returning(APP_USER.ID).fetchOne(APP_USER.ID);
    }

    long insert(String login, String passwordHash, String displayName, SystemRole role, String uiLanguage) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.LOGIN, login)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.SYSTEM_ROLE, role.dbValue())
                .set(APP_USER.UI_LANGUAGE, uiLanguage)
                .returning(APP_USER.ID)
                .fetchOne(APP_USER.ID);
    }

    void updateDisplayName(long userId, String displayName) {
        dsl.update(APP_USER).set(APP_USER.DISPLAY_NAME, displayName).where(APP_USER.ID.eq(userId)).execute();
    }

    /** A new role bumps the credentials version: sessions opened with the old role's rights end. */
    void updateRole(long userId, SystemRole role) {
        dsl.update(APP_USER).set(APP_USER.SYSTEM_ROLE, role.dbValue())
                .set(APP_USER.CREDENTIALS_VERSION, APP_USER.CREDENTIALS_VERSION.plus(1))
                .where(APP_USER.ID.eq(userId)).execute();
    }

    void updateLanguage(long userId, String language) {
        dsl.update(APP_USER).set(APP_USER.UI_LANGUAGE, language).where(APP_USER.ID.eq(userId)).execute();
    }

    /** Disabling (like enabling) bumps the credentials version: no session opened before outlives it. */
    void updateEnabled(long userId, boolean enabled) {
        dsl.update(APP_USER).set(APP_USER.ENABLED, enabled)
                .set(APP_USER.CREDENTIALS_VERSION, APP_USER.CREDENTIALS_VERSION.plus(1))
                .where(APP_USER.ID.eq(userId)).execute();
    }

    private static UserAccount toAccount(AppUserRecord r) {
        return new UserAccount(r.getId(), r.getLogin(), r.getDisplayName(), SystemRole.fromDb(r.getSystemRole()),
                r.getUiLanguage(), r.getEnabled(), r.getMustChangePassword());
    }
}
