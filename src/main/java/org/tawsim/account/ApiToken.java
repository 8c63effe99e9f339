package org.tawsim.account;

import java.time.Instant;

/** A named API token of one user, without its secret (only its hash is stored). */
public record ApiToken(long id, String name, TokenScope scope, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
