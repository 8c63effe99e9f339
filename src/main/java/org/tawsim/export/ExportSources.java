package org.tawsim.export;

/**
 * Whose annotations an export holds.
 */
public enum ExportSources {
    /** One annotator, named by login. */
    ANNOTATOR,
    /** Every annotator of the project, one file per annotator; the files line up token by token. */
    ALL_ANNOTATORS,
    /** The adjudicated gold layer of the curated documents (one file, source "gold"); refused while none is curated. */
    GOLD
}
