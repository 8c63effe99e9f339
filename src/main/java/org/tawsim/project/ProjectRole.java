package org.tawsim.project;

import java.util.Locale;

/** A member's role inside one project. Viewers are ML engineers who read and export. */
public enum ProjectRole {
    LEAD, ANNOTATOR, VIEWER;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProjectRole fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
