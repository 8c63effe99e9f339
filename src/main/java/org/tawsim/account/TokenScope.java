package org.tawsim.account;

import java.util.Locale;
import java.util.Optional;

/**
 * What an API token may do: {@code READ} only reads (GET and HEAD on /api/**), {@code WRITE} acts with all its
 * owner's rights. The owner's rights still decide what either may read or write.
 */
public enum TokenScope {
    READ, WRITE;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope named in any letter case, or empty for anything else. */
    public static Optional<TokenScope> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (TokenScope scope : values()) {
            if (scope.dbValue().equalsIgnoreCase(value.strip())) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    static TokenScope fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Whether a request with this HTTP method only reads. */
    public boolean allows(String httpMethod) {
        return this == WRITE || "GET".equals(httpMethod) || "HEAD".equals(httpMethod);
    }
}
