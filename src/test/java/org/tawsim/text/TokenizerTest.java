package org.tawsim.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> texts(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    /** Every token must be exactly the code points its offsets name. */
    private static List<Token> tokenizeChecked(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        CodePoints cps = CodePoints.of(text);
        for (Token token : tokens) {
            assertThat(cps.substring(token.start(), token.end())).isEqualTo(token.text());
        }
        return tokens;
    }

    @Test
    void foundingHeadlineSplitsQuestionMarksAndKeepsCodePointOffsets() {
        List<Token> tokens = tokenizeChecked("من وراء ظهور خلايا تنظيم الدولة في جاسم بدرعا؟ ومن يقاتلهم؟");
        assertThat(tokens).extracting(Token::text).containsExactly(
                "من", "وراء", "ظهور", "خلايا", "تنظيم", "الدولة", "في", "جاسم", "بدرعا", "؟", "ومن", "يقاتلهم", "؟");
        assertThat(tokens.get(7)).isEqualTo(new Token("جاسم", 35, 39));
        assertThat(tokens.get(8)).isEqualTo(new Token("بدرعا", 40, 45));
        assertThat(tokens.get(9)).isEqualTo(new Token("؟", 45, 46));
        assertThat(tokens.get(12)).isEqualTo(new Token("؟", 58, 59));
    }

    @Test
    void tatweelAndDiacriticsStayInsideTokens() {
        assertThat(texts("قالت لـ موقع تلفزيون سوريا")).containsExactly("قالت", "لـ", "موقع", "تلفزيون", "سوريا");
        assertThat(tokenizeChecked("سهّل")).containsExactly(new Token("سهّل", 0, 4));
        assertThat(texts("مُحَمَّدٌ قَالَ")).containsExactly("مُحَمَّدٌ", "قَالَ");
        assertThat(texts("الرحمٰن")).containsExactly("الرحمٰن"); // superscript alef U+0670
    }

    @Test
    void quotesAfterAProcliticAreSeparateTokens() {
        assertThat(tokenizeChecked("بـ\"الأمن العسكري\"")).containsExactly(
                new Token("بـ", 0, 2), new Token("\"", 2, 3), new Token("الأمن", 3, 8),
                new Token("العسكري", 9, 16), new Token("\"", 16, 17));
    }

    @Test
    void datesTimesAndDecimalsAreOneToken() {
        assertThat(tokenizeChecked("2022.10.20 | 17:50 دمشق")).containsExactly(
                new Token("2022.10.20", 0, 10), new Token("|", 11, 12), new Token("17:50", 13, 18),
                new Token("دمشق", 19, 23));
        assertThat(texts("أيلول 2021")).containsExactly("أيلول", "2021");
        assertThat(texts("في 20/10/2022 بنسبة 2.4%")).containsExactly("في", "20/10/2022", "بنسبة", "2.4", "%");
        assertThat(texts("بلغ 1,000,000 دولار")).containsExactly("بلغ", "1,000,000", "دولار");
    }

    @Test
    void arabicIndicDigitsFormNumbersToo() {
        assertThat(texts("في ٢٠٢٢.١٠.٢٠ ارتفع ٣٫٥ و۱۴۰۱/۷/۲۸")).containsExactly(
                "في", "٢٠٢٢.١٠.٢٠", "ارتفع", "٣٫٥", "و۱۴۰۱/۷/۲۸");
        assertThat(texts("١٬٠٠٠")).containsExactly("١٬٠٠٠");
    }

    @Test
    void separatorsNotBetweenDigitsArePunctuation() {
        assertThat(texts("1990-2000")).containsExactly("1990", "-", "2000");
        assertThat(texts("عام 2021.")).containsExactly("عام", "2021", ".");
        assertThat(texts("و/أو")).containsExactly("و", "/", "أو");
        assertThat(texts("2.")).containsExactly("2", ".");
        assertThat(texts(".5")).containsExactly(".", "5");
    }

    @Test
    void everyListedPunctuationMarkIsItsOwnToken() {
        String marks = "،؛؟«»\"'()[].,:;!?-–—…/";
        assertThat(texts(marks)).hasSize(marks.length());
        assertThat(texts("جاسم،درعا؛ «سوريا» (2021) [نص]")).containsExactly(
                "جاسم", "،", "درعا", "؛", "«", "سوريا", "»", "(", "2021", ")", "[", "نص", "]");
    }

    @Test
    void repeatedStopsAndBangsStayTogether() {
        assertThat(texts("ماذا؟! انتهى... حقا!!")).containsExactly("ماذا", "؟", "!", "انتهى", "...", "حقا", "!!");
    }

    @Test
    void allKindsOfSpaceSeparateTokens() {
        assertThat(tokenizeChecked("جاسم\u00A0درعا\u202Fسوريا\u2009دمشق\tحمص\nحلب\r\nادلب")).extracting(Token::text)
                .containsExactly("جاسم", "درعا", "سوريا", "دمشق", "حمص", "حلب", "ادلب");
    }

    @Test
    void bidiMarksBelongToNoTokenButJoinersStayInsideWords() {
        assertThat(tokenizeChecked("\u200Fدرعا\u200F و")).containsExactly(
                new Token("درعا", 1, 5), new Token("و", 7, 8));
        assertThat(texts("می\u200Cخواهم")).containsExactly("می\u200Cخواهم");
    }

    @Test
    void latinNamesAreWords() {
        assertThat(texts("قال John O'Brien (Reuters) إن")).containsExactly(
                "قال", "John", "O", "'", "Brien", "(", "Reuters", ")", "إن");
    }

    @Test
    void emojiAreTokensThatCountAsOneCodePoint() {
        List<Token> tokens = tokenizeChecked("😀 محمد في 🇸🇾 👍🏽👨\u200D👩\u200D👧 درعا");
        assertThat(tokens).extracting(Token::text).containsExactly(
                "😀", "محمد", "في", "🇸🇾", "👍🏽", "👨\u200D👩\u200D👧", "درعا");
        assertThat(tokens.get(0)).isEqualTo(new Token("😀", 0, 1));
        assertThat(tokens.get(1)).isEqualTo(new Token("محمد", 2, 6));
        assertThat(tokens.get(3)).isEqualTo(new Token("🇸🇾", 10, 12));
        assertThat(tokens.get(4)).isEqualTo(new Token("👍🏽", 13, 15));
        assertThat(tokens.get(5)).isEqualTo(new Token("👨\u200D👩\u200D👧", 15, 20));
        assertThat(tokens.get(6)).isEqualTo(new Token("درعا", 21, 25));
    }

    @Test
    void supplementaryLettersAreWordCharacters() {
        assertThat(tokenizeChecked("𝐀𝐁 x")).containsExactly(new Token("𝐀𝐁", 0, 2), new Token("x", 3, 4));
    }

    @Test
    void emptyAndBlankTextsHaveNoTokens() {
        assertThat(Tokenizer.tokenize("")).isEmpty();
        assertThat(Tokenizer.tokenize(" \n\u00A0\t")).isEmpty();
    }
}
