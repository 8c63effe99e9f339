package org.tawsim.agreement.metric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizationTest {

    private final Tokenization tokenization = new WhitespaceAndSpanBoundaryTokenization();

    @Test
    void splitsOnWhitespaceAndEverySpanBoundary() {
        //             0123456789012345
        String text = "Amal  visited Rabat.";
        var spans = List.of(new Span(0, 4, "PERSON"), new Span(14, 19, "LOCATION"), new Span(16, 19, "ORG"));
        assertEquals(List.of(new WhitespaceToken(0, 4), new WhitespaceToken(6, 13), new WhitespaceToken(14, 16),
                new WhitespaceToken(16, 19), new WhitespaceToken(19, 20)), tokenization.tokenize(text, spans));
    }

    /** Offsets are code points: a supplementary character counts once; the no-break space separates. */
    @Test
    void countsCodePointsAndTreatsNoBreakSpaceAsSpace() {
        String text = "\uD83D\uDE00ab\u00A0محمد";
        assertEquals(8, new Document("d", text, List.of()).textLength());
        assertEquals(List.of(new WhitespaceToken(0, 3), new WhitespaceToken(4, 8)), tokenization.tokenize(text, List.of()));
    }

    @Test
    void emptyTextHasNoTokens() {
        assertEquals(List.of(), tokenization.tokenize("", List.of()));
    }

    /** Arabic text: a span boundary inside a word (the clitic و "and") cuts the word. */
    @Test
    void cutsInsideArabicWordsAtSpanBoundaries() {
        String text = "وزار محمد الرباط";
        var spans = List.of(new Span(5, 9, "PERSON"), new Span(1, 4, "EVENT"));
        assertEquals(List.of(new WhitespaceToken(0, 1), new WhitespaceToken(1, 4), new WhitespaceToken(5, 9), new WhitespaceToken(10, 16)),
                tokenization.tokenize(text, spans));
    }

    @Test
    void nestedSpansGiveTheOutermostLabel() {
        var tokens = List.of(new WhitespaceToken(0, 4), new WhitespaceToken(5, 10), new WhitespaceToken(11, 14));
        var spans = List.of(new Span(0, 10, "ORG"), new Span(5, 10, "LOCATION"));
        assertArrayEquals(new String[] {"ORG", "ORG", "O"}, TokenLabels.label(tokens, spans, 14));
    }

    @Test
    void equallyLongSpansResolveToEarliestStartThenFirstLabel() {
        var tokens = List.of(new WhitespaceToken(2, 4));
        assertArrayEquals(new String[] {"ORG"}, TokenLabels.label(tokens, List.of(new Span(2, 6, "PERSON"), new Span(0, 4, "ORG")), 6));
        assertArrayEquals(new String[] {"EVENT"}, TokenLabels.label(tokens, List.of(new Span(2, 4, "PERSON"), new Span(2, 4, "EVENT")), 6));
    }

    /** A plugged-in tokenizer may cut across spans: the longest span touching the token wins. */
    @Test
    void tokensCrossingSpanBoundariesTakeTheLongestTouchingSpan() {
        var tokens = List.of(new WhitespaceToken(0, 6));
        var spans = List.of(new Span(4, 9, "PERSON"), new Span(0, 2, "ORG"));
        assertArrayEquals(new String[] {"PERSON"}, TokenLabels.label(tokens, spans, 9));
    }
}
