package org.tawsim.agreement.metric;

import java.util.Objects;

/**
 * An ordered pair of annotators. Directional metrics treat {@code key} as the reference (recall is
 * measured against it) and {@code response} as the compared annotation.
 */
public record AnnotatorPair(String key, String response) {

    public AnnotatorPair {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(response, "response");
        if (key.equals(response)) {
            throw new IllegalArgumentException("a pair needs two different annotators: " + key);
        }
    }
}
