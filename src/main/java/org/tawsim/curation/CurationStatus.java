package org.tawsim.curation;

import java.util.Locale;

/** Where a document's curation stands; a document without a curation has not been started. */
public enum CurationStatus {
    IN_PROGRESS, CURATED;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CurationStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
