package org.tawsim.account;

import static org.tawsim.db.Tables.APP_USER;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.tawsim.db.tables.records.AppUserRecord;

@Repository
class UserRepository {

    private final DSLContext dsl;

    UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<UserAccount> findByLogin(String login) {
        return dsl.selectFrom(APP_USER).where(APP_USER.LOGIN.eq(login)).fetchOptional(UserRepository::toAccount);
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

    void updateLanguage(long userId, String language) {
        dsl.update(APP_USER).set(APP_USER.UI_LANGUAGE, language).where(APP_USER.ID.eq(userId)).execute();
    }

    void updatePasswordHash(long userId, String passwordHash) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).where(APP_USER.ID.eq(userId)).execute();
    }

    void updateEnabled(long userId, boolean enabled) {
        dsl.update(APP_USER).set(APP_USER.ENABLED, enabled).where(APP_USER.ID.eq(userId)).execute();
    }

    private static UserAccount toAccount(AppUserRecord r) {
        return new UserAccount(r.getId(), r.getLogin(), r.getDisplayName(), SystemRole.fromDb(r.getSystemRole()),
                r.getUiLanguage(), r.getEnabled());
    }
}
