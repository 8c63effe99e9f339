package org.tawsim.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.base.UserError;

/**
 * Personal API tokens for scripts. A token is 256 random bits, shown once; the database keeps only its
 * SHA-256 (a hash that fast is enough for a secret that long, unlike passwords). Revoked at any time.
 */
@Service
public class ApiTokenService {

    /** Recognisable in logs and secret scanners. */
    static final String PREFIX = "tawsim_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just created: the only moment its secret is known. */
    public record CreatedToken(ApiToken token, String secret) {
    }

    /** Who a valid token acts for, and what it may do. */
    public record TokenHolder(String login, TokenScope scope) {
    }

    private final ApiTokenRepository tokens;

    ApiTokenService(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    /** A token with every right of its owner (what tokens were before they had scopes). */
    @Transactional
    public CreatedToken create(UserAccount owner, String name) {
        return create(owner, name, TokenScope.WRITE);
    }

    @Transactional
    public CreatedToken create(UserAccount owner, String name, TokenScope scope) {
        if (scope == null) {
            throw new UserError("token.error.scope");
        }
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new UserError("token.error.name");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = tokens.insert(owner.id(), cleanName, scope, hash(secret));
        return new CreatedToken(tokens.findForUser(owner.id(), id).orElseThrow(), secret);
    }

    public List<ApiToken> list(UserAccount owner) {
        return tokens.findForUser(owner.id());
    }

    /** Only the owner revokes a token; someone else's token id changes nothing. */
    @Transactional
    public void revoke(UserAccount owner, long tokenId) {
        tokens.revoke(owner.id(), tokenId);
    }

    /**
     * As {@link #revoke}, for callers that must tell the difference: refused (as for any id that is not one of the
     * owner's tokens, so nobody learns which ids exist) unless it is the owner's token. Revoking twice is fine.
     */
    @Transactional
    public void revokeOwn(UserAccount owner, long tokenId) {
        if (tokens.findForUser(owner.id(), tokenId).isEmpty()) {
            throw new AccessDeniedException("Not one of the caller's tokens");
        }
        tokens.revoke(owner.id(), tokenId);
    }

    /** The token's owner and scope when the token is valid, not revoked and the account enabled. */
    @Transactional
    public Optional<TokenHolder> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Optional<TokenHolder> holder = tokens.activeOwner(hash);
        holder.ifPresent(h -> tokens.touch(hash));
        return holder;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
