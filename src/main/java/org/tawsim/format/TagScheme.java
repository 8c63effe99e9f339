package org.tawsim.format;

/** How CoNLL NER tags mark where an entity starts and ends. */
public enum TagScheme {
    /** B- on the first token, I- on the others (CoNLL-2003 as most tools read it today). */
    IOB2,
    /** B- first, I- inside, E- last, S- for a single-token entity. */
    BIOES
}
