package org.tawsim.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoundarySplitterTest {

    @Test
    void aSpanStartingAfterTheCliticSplitsTheWord() {
        // "جاسم بدرعا": a span on درعا starts at 6, inside the token بدرعا [5, 10).
        List<Token> tokens = BoundarySplitter.split(Tokenizer.tokenize("جاسم بدرعا"), new int[] {6, 10});
        assertThat(tokens).containsExactly(
                new Token("جاسم", 0, 4), new Token("ب", 5, 6), new Token("درعا", 6, 10));
    }

    @Test
    void boundariesOnTokenEdgesOrInSpacesChangeNothing() {
        List<Token> original = Tokenizer.tokenize("جاسم  بدرعا");
        assertThat(BoundarySplitter.split(original, new int[] {0, 4, 5, 6, 11})).isEqualTo(original);
    }

    @Test
    void theUnionOfAnnotatorsBoundariesGivesOneSharedTokenization() {
        String text = "مدينة جاسم بدرعا";
        int[] first = {11, 16};     // annotator A: بدرعا as a whole
        int[] second = {12, 16};    // annotator B: only درعا
        int[] union = {16, 12, 11, 16}; // unsorted, with a duplicate
        List<Token> tokens = BoundarySplitter.split(Tokenizer.tokenize(text), union);
        assertThat(tokens).extracting(Token::text).containsExactly("مدينة", "جاسم", "ب", "درعا");
        assertThat(BoundarySplitter.split(Tokenizer.tokenize(text), first)).extracting(Token::text)
                .containsExactly("مدينة", "جاسم", "بدرعا");
        assertThat(BoundarySplitter.split(Tokenizer.tokenize(text), second)).extracting(Token::text)
                .containsExactly("مدينة", "جاسم", "ب", "درعا");
    }

    @Test
    void severalBoundariesInOneTokenMakeSeveralPieces() {
        List<Token> tokens = BoundarySplitter.split(Tokenizer.tokenize("وبالمدينة"), new int[] {1, 2, 4});
        assertThat(tokens).containsExactly(new Token("و", 0, 1), new Token("ب", 1, 2), new Token("ال", 2, 4),
                new Token("مدينة", 4, 9));
    }

    @Test
    void piecesOfWordsWithSupplementaryCharactersKeepCodePointOffsets() {
        List<Token> tokens = BoundarySplitter.split(Tokenizer.tokenize("😀 𝐀𝐁𝐂"), new int[] {3});
        assertThat(tokens).containsExactly(new Token("😀", 0, 1), new Token("𝐀", 2, 3), new Token("𝐁𝐂", 3, 5));
    }
}
