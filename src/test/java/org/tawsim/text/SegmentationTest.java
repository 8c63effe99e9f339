package org.tawsim.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentationTest {

    @Test
    void nestedAndCliticSpansBecomeWholeTokensOfOneSentence() {
        String text = "مدينة جاسم بدرعا.";
        List<TextRange> spans = List.of(new TextRange(0, 10), new TextRange(6, 10), new TextRange(12, 16));
        Segmentation segmentation = Segmentation.of(text, spans);
        assertThat(segmentation.tokens()).containsExactly(
                new Token("مدينة", 0, 5), new Token("جاسم", 6, 10), new Token("ب", 11, 12),
                new Token("درعا", 12, 16), new Token(".", 16, 17));
        assertThat(segmentation.sentences()).containsExactly(new Sentence(0, 17, 0, 5));
        assertThat(segmentation.tokensOf(segmentation.sentences().get(0))).hasSize(5);
    }
}
