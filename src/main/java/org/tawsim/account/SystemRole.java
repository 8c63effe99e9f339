package org.tawsim.account;

import java.util.Locale;

/** What a user may do across the whole installation; per-project rights come from membership. */
public enum SystemRole {
    ADMIN, LEAD, ANNOTATOR, VIEWER;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SystemRole fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Spring Security authority name, e.g. ROLE_LEAD. */
    public String authority() {
        return "ROLE_" + name();
    }
}
