package org.tawsim.format;

import java.util.ArrayList;
import java.util.List;
import org.tawsim.text.Segmentation;
import org.tawsim.text.TextRange;
import org.tawsim.text.Token;

/**
 * A document cut into tokens and sentences for a token-based format. Tokens are split at the boundaries of the
 * document's own spans and of the shared spans (e.g. every other annotator's), so each span is whole tokens and
 * lies in one sentence.
 */
final class SegmentedDocument {

    private final CorpusDocument document;
    private final Segmentation segmentation;

    private SegmentedDocument(CorpusDocument document, Segmentation segmentation) {
        this.document = document;
        this.segmentation = segmentation;
    }

    static SegmentedDocument of(CorpusDocument document, List<TextRange> sharedSpans) {
        List<TextRange> ranges = new ArrayList<>(document.spans().size() + sharedSpans.size());
        for (CorpusSpan span : document.spans()) {
            ranges.add(span.range());
        }
        ranges.addAll(sharedSpans);
        return new SegmentedDocument(document, Segmentation.of(document.text(), ranges));
    }

    CorpusDocument document() {
        return document;
    }

    Segmentation segmentation() {
        return segmentation;
    }

    List<Token> tokens() {
        return segmentation.tokens();
    }

    /** The tokens inside the span, or null when it covers only whitespace. */
    TokenIndices tokensOf(CorpusSpan span) {
        List<Token> tokens = segmentation.tokens();
        int first = firstStartingAtOrAfter(tokens, span.start());
        int last = firstStartingAtOrAfter(tokens, span.end()) - 1;
        if (first > last || tokens.get(last).end() > span.end()) {
            return null;
        }
        return new TokenIndices(first, last);
    }

    /** The spans that cover at least one token, in the document's order. */
    List<SpanOnTokens> placedSpans() {
        List<SpanOnTokens> placed = new ArrayList<>(document.spans().size());
        for (CorpusSpan span : document.spans()) {
            TokenIndices range = tokensOf(span);
            if (range != null) {
                placed.add(new SpanOnTokens(span, range));
            }
        }
        return placed;
    }

    private static int firstStartingAtOrAfter(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
