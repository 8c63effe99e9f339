package org.tawsim.format;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.tawsim.text.TextRange;

/** Writes documents one at a time into one file of a format; {@link CorpusFormat#writer} opens one. */
public interface CorpusWriter extends Closeable {

    /** @param sharedSpans spans of the same text from other sources, whose boundaries split tokens too */
    void writeDocument(CorpusDocument document, List<TextRange> sharedSpans) throws IOException;

    /** Totals for the export manifest: spans (or mentions) written and dropped, by reason, in a stable order. */
    Map<String, Integer> counts();
}
