package org.tawsim.account;

import static org.tawsim.db.Tables.API_TOKEN;
import static org.tawsim.db.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tawsim.db.tables.records.ApiTokenRecord;

@Repository
class ApiTokenRepository {

    private final DSLContext dsl;

    ApiTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(long userId, String name, TokenScope scope, String tokenHash) {
        return dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.USER_ID, userId)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.SCOPE, scope.dbValue())
                .set(API_TOKEN.TOKEN_HASH, tokenHash)
                .returning(API_TOKEN.ID)
                .fetchOne(API_TOKEN.ID);
    }

    List<ApiToken> findForUser(long userId) {
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.USER_ID.eq(userId)).orderBy(API_TOKEN.ID.desc())
                .fetch(ApiTokenRepository::toToken);
    }

    Optional<ApiToken> findForUser(long userId, long tokenId) {
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.USER_ID.eq(userId), API_TOKEN.ID.eq(tokenId))
                .fetchOptional(ApiTokenRepository::toToken);
    }

    /** The login owning an unrevoked token with this hash, if its account is enabled, and the token's scope. */
    Optional<ApiTokenService.TokenHolder> activeOwner(String tokenHash) {
        return dsl.select(APP_USER.LOGIN, API_TOKEN.SCOPE).from(API_TOKEN).join(APP_USER).on(APP_USER.ID.eq(API_TOKEN.USER_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(tokenHash), API_TOKEN.REVOKED_AT.isNull(), APP_USER.ENABLED.isTrue())
                .fetchOptional(r -> new ApiTokenService.TokenHolder(r.value1(), TokenScope.fromDb(r.value2())));
    }

    /** Marks the token used; at most one write a minute per token, so busy scripts do not write on every call. */
    void touch(String tokenHash) {
        dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, DSL.currentOffsetDateTime())
                .where(API_TOKEN.TOKEN_HASH.eq(tokenHash))
                .and(API_TOKEN.LAST_USED_AT.isNull().or(API_TOKEN.LAST_USED_AT.lt(OffsetDateTime.now().minusMinutes(1))))
                .execute();
    }

    /** Whether a token was revoked now (false: not this user's token, or revoked before). */
    boolean revoke(long userId, long tokenId) {
        return dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, DSL.currentOffsetDateTime())
                .where(API_TOKEN.USER_ID.eq(userId), API_TOKEN.ID.eq(tokenId), API_TOKEN.REVOKED_AT.isNull())
                .execute() == 1;
    }

    /** Every token of the account stops working (a reset or disabling: whoever had them must not keep access). */
    int revokeAll(long userId) {
        return dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, DSL.currentOffsetDateTime())
                .where(API_TOKEN.USER_ID.eq(userId), API_TOKEN.REVOKED_AT.isNull())
                .execute();
    }

    private static ApiToken toToken(ApiTokenRecord r) {
        return new ApiToken(r.getId(), r.getName(), TokenScope.fromDb(r.getScope()), r.getCreatedAt().toInstant(),
                r.getLastUsedAt() == null ? null : r.getLastUsedAt().toInstant(),
                r.getRevokedAt() == null ? null : r.getRevokedAt().toInstant());
    }
}
