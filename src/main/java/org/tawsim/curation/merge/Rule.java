package org.tawsim.curation.merge;

/** When annotators agree enough for their annotation to go to gold without the lead deciding. */
public enum Rule {
    /** Every annotator who finished the document. */
    UNANIMOUS,
    /** More than half of the annotators who finished the document (two of three, three of four). */
    MAJORITY;

    /** How many of {@code annotators} must support a span or a link. */
    public int threshold(int annotators) {
        return this == UNANIMOUS ? annotators : annotators / 2 + 1;
    }
}
