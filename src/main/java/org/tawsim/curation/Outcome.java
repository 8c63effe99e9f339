package org.tawsim.curation;

import java.util.Locale;

/** How the lead settled a decision: one candidate went to gold, none did, or gold was edited by hand. */
public enum Outcome {
    ACCEPTED, REJECTED, EDITED;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Outcome fromDb(String value) {
        return value == null ? null : valueOf(value.toUpperCase(Locale.ROOT));
    }
}
