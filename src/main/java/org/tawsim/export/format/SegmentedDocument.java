package org.tawsim.export.format;

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

    private final ExportDocument document;
    private final Segmentation segmentation;

    private SegmentedDocument(ExportDocument document, Segmentation segmentation) {
        this.document = document;
        this.segmentation = segmentation;
    }

    static SegmentedDocument of(ExportDocument document, List<TextRange> sharedSpans) {
        List<TextRange> ranges = new ArrayList<>(document.spans().size() + sharedSpans.size());
        for (ExportSpan span : document.spans()) {
            ranges.add(span.range());
        }
        ranges.addAll(sharedSpans);
        return new SegmentedDocument(document, Segmentation.of(document.text(), ranges));
    }

    ExportDocument document() {
        return document;
    }

    Segmentation segmentation() {
        return segmentation;
    }

    List<Token> tokens() {
        return segmentation.tokens();
    }

    /** The tokens inside the span, or null when it covers only whitespace. */
    TokenRange tokensOf(ExportSpan span) {
        List<Token> tokens = segmentation.tokens();
        int first = firstStartingAtOrAfter(tokens, span.start());
        int last = firstStartingAtOrAfter(tokens, span.end()) - 1;
        if (first > last || tokens.get(last).end() > span.end()) {
            return null;
        }
        return new TokenRange(first, last);
    }

    /** The spans that cover at least one token, in the document's order. */
    List<PlacedSpan> placedSpans() {
        List<PlacedSpan> placed = new ArrayList<>(document.spans().size());
        for (ExportSpan span : document.spans()) {
            TokenRange range = tokensOf(span);
            if (range != null) {
                placed.add(new PlacedSpan(span, range));
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
