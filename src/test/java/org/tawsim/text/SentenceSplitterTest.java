package org.tawsim.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text, TextRange... spans) {
        Segmentation segmentation = Segmentation.of(text, List.of(spans));
        CodePoints cps = CodePoints.of(text);
        return segmentation.sentences().stream().map(s -> cps.substring(s.start(), s.end())).toList();
    }

    @Test
    void questionMarksEndTheHeadlinesSentences() {
        String text = "من وراء ظهور خلايا تنظيم الدولة في جاسم بدرعا؟ ومن يقاتلهم؟";
        Segmentation segmentation = Segmentation.of(text, List.of());
        assertThat(segmentation.sentences()).containsExactly(new Sentence(0, 46, 0, 10), new Sentence(47, 59, 10, 13));
    }

    @Test
    void decimalsAndDatesDoNotEndSentences() {
        assertThat(sentences("ارتفع بنسبة 2.4 في المئة. ثم تراجع.")).containsExactly(
                "ارتفع بنسبة 2.4 في المئة.", "ثم تراجع.");
        assertThat(sentences("2022.10.20 | 17:50 دمشق")).containsExactly("2022.10.20 | 17:50 دمشق");
    }

    @Test
    void lineBreaksAndParagraphBreaksEndSentences() {
        assertThat(sentences("درعا - خاص\n+A\n\nعادت خلايا التنظيم\r\n\r\nمصادر خاصة قالت"))
                .containsExactly("درعا - خاص", "+A", "عادت خلايا التنظيم", "مصادر خاصة قالت");
    }

    @Test
    void closingQuotesAndRepeatedTerminatorsStayWithTheSentence() {
        assertThat(sentences("قال «انتهى الأمر.» ثم ذهب؟! وعاد \"غدا.\" أخيرا"))
                .containsExactly("قال «انتهى الأمر.»", "ثم ذهب؟!", "وعاد \"غدا.\"", "أخيرا");
    }

    @Test
    void anEllipsisEndsASentence() {
        assertThat(sentences("انتظر… ثم قرر")).containsExactly("انتظر…", "ثم قرر");
    }

    @Test
    void fullStopsFollowedByALetterKeepInitialsTogether() {
        assertThat(sentences("زار U.S.A أمس. وعاد")).containsExactly("زار U.S.A أمس.", "وعاد");
        assertThat(sentences("أين؟وكيف")).containsExactly("أين؟", "وكيف");
    }

    @Test
    void aSentenceNeverEndsInsideASpan() {
        String text = "جاسم. درعا\nسوريا";
        assertThat(sentences(text)).containsExactly("جاسم.", "درعا", "سوريا");
        assertThat(sentences(text, new TextRange(0, 10))).containsExactly("جاسم. درعا", "سوريا");
        assertThat(sentences(text, new TextRange(6, 16))).containsExactly("جاسم.", "درعا\nسوريا");
        // a span ending exactly at the boundary does not hold the sentences together
        assertThat(sentences(text, new TextRange(0, 5), new TextRange(6, 10))).containsExactly("جاسم.", "درعا", "سوريا");
    }

    @Test
    void sentenceOffsetsAreCodePointsAfterAnEmoji() {
        Segmentation segmentation = Segmentation.of("😀 قال. ثم", List.of());
        assertThat(segmentation.sentences()).containsExactly(new Sentence(0, 6, 0, 3), new Sentence(7, 9, 3, 4));
    }

    @Test
    void aTextWithoutTokensHasNoSentences() {
        assertThat(Segmentation.of(" \n ", List.of()).sentences()).isEmpty();
    }
}
