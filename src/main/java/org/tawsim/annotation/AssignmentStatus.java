package org.tawsim.annotation;

import java.util.Locale;

public enum AssignmentStatus {
    NEW, IN_PROGRESS, DONE;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AssignmentStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
