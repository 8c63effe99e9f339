package org.tawsim.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionInContextTest {

    private static final String TEXT = "زار الوزير مدينة جاسم ثم قال الوزير إن جاسم هادئة لأن المدينة آمنة";

    private static MentionInContext of(String text, String mention, int nth, int words) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(mention, at + 1);
        }
        int start = text.codePointCount(0, at);
        return MentionInContext.of(text.codePoints().toArray(), start, start + mention.codePointCount(0, mention.length()), words);
    }

    @Test
    void keepsTheGivenNumberOfWordsOnEachSideAndSaysWhereTheLineGoesOn() {
        MentionInContext second = of(TEXT, "جاسم", 1, 2);
        assertThat(second.before()).isEqualTo("الوزير إن ");
        assertThat(second.mention()).isEqualTo("جاسم");
        assertThat(second.after()).isEqualTo(" هادئة لأن");
        assertThat(second.cutBefore()).isTrue();
        assertThat(second.cutAfter()).isTrue();
    }

    @Test
    void stopsAtTheStartAndEndOfTheLine() {
        String text = "سطر أول\nزار الوزير جاسم\nسطر آخر";
        MentionInContext minister = of(text, "الوزير", 0, 3);
        assertThat(minister.before()).isEqualTo("زار ");
        assertThat(minister.after()).isEqualTo(" جاسم");
        assertThat(minister.cutBefore()).isFalse();
        assertThat(minister.cutAfter()).isFalse();
    }

    @Test
    void attachedCliticsAndDiacriticsStayInTheirWord() {
        MentionInContext daraa = of("اشتباكات بدرعا سهّل الأمر", "درعا", 0, 1);
        assertThat(daraa.before()).isEqualTo("ب"); // the clitic is the first word of context: the mention keeps its letters joined
        assertThat(daraa.after()).isEqualTo(" سهّل");
    }

    @Test
    void aVeryLongMentionIsShownByItsFirstAndLastWords() {
        String words = "كلمة ".repeat(60).trim();
        MentionInContext region = MentionInContext.of(words.codePoints().toArray(), 0, words.codePointCount(0, words.length()), 2);
        assertThat(region.mention()).contains(" … ").startsWith("كلمة").endsWith("كلمة");
        assertThat(region.mention().codePointCount(0, region.mention().length())).isLessThan(MentionInContext.LONGEST_MENTION + 12);
    }
}
