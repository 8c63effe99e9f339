package org.tawsim.format;

import org.tawsim.text.TextRange;

/**
 * An annotated span: code-point offsets [start, end) into its document's text (Python {@code text[start:end]})
 * and a label. The label is null only for a coreference mention read from CoNLL-2012 that no named-entity
 * bracket names; writers of label-based formats skip such spans and count them.
 */
public record CorpusSpan(long id, int start, int end, String label) {

    public CorpusSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span " + id + " [" + start + ", " + end + ") is empty or inverted");
        }
        if (label != null && label.isBlank()) {
            throw new IllegalArgumentException("span " + id + " has a blank label");
        }
    }

    public TextRange range() {
        return new TextRange(start, end);
    }
}
