package org.tawsim.format;

import org.tawsim.text.TextRange;

/**
 * An annotated span: code-point offsets [start, end) into its document's text (Python {@code text[start:end]})
 * and a label. The label is null only for a coreference mention read from CoNLL-2012 that no named-entity
 * bracket names; writers of label-based formats skip such spans and count them.
 *
 * <p>The one span model of the format boundary: readers return it, writers take it, and callers convert at their
 * edge (the export from the stored spans in {@code ExportWriting}, the import into span inserts in
 * {@code CorpusImportService}). {@link #range()} gives the text package's {@link TextRange}; {@code SpanOnTokens}
 * only pairs a span with the token indices it covers in one segmentation.
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

    /** The same span under another label (an import labels unlabelled mentions this way). */
    public CorpusSpan withLabel(String newLabel) {
        return new CorpusSpan(id, start, end, newLabel);
    }

    public TextRange range() {
        return new TextRange(start, end);
    }
}
