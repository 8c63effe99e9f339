package org.tawsim.suggestion;

import java.util.Objects;
import org.tawsim.base.UserError;

/** Which recommenders run in a project: {@code {"stringMatcher": {"enabled": true}}}. */
public record RecommenderSettings(Switch stringMatcher) {

    /** One recommender's switch. */
    public record Switch(boolean enabled) {
    }

    /** The settings of a project nobody changed: the string matcher is on. */
    public static RecommenderSettings defaults() {
        return new RecommenderSettings(new Switch(true));
    }

    /** A body that names every recommender, or a clear error naming the missing one. */
    RecommenderSettings requireComplete() {
        if (Objects.isNull(stringMatcher)) {
            throw new UserError("request.field.invalid", "stringMatcher");
        }
        return this;
    }
}
