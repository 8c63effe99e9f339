package org.tawsim.export;

/**
 * Whose annotations an export holds. {@link #GOLD} is part of the API so clients can already name it; it is
 * refused until curation produces a gold layer.
 */
public enum ExportSources {
    /** One annotator, named by login. */
    ANNOTATOR,
    /** Every annotator of the project, one file per annotator; the files line up token by token. */
    ALL_ANNOTATORS,
    /** The adjudicated gold layer (not available yet). */
    GOLD
}
