package org.tawsim.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodePointsTest {

    @Test
    void textWithoutSurrogatesCountsTheSameInBothNumberings() {
        CodePoints text = CodePoints.of("في جاسم بدرعا");
        assertThat(text.hasSupplementaryCharacters()).isFalse();
        assertThat(text.length()).isEqualTo(13);
        assertThat(text.toUtf16(8)).isEqualTo(8);
        assertThat(text.toCodePoint(13)).isEqualTo(13);
        assertThat(text.substring(9, 13)).isEqualTo("درعا");
    }

    @Test
    void emojiBeforeAnEntityShiftsUtf16ButNotCodePoints() {
        // "😀" is one code point but two UTF-16 units; Python's len() is 9 here, Java's length() is 10.
        CodePoints text = CodePoints.of("😀 في درعا");
        assertThat(text.hasSupplementaryCharacters()).isTrue();
        assertThat(text.length()).isEqualTo(9);
        assertThat(text.text().length()).isEqualTo(10);
        assertThat(text.toUtf16(1)).isEqualTo(2);
        assertThat(text.toUtf16(9)).isEqualTo(10);
        assertThat(text.toCodePoint(6)).isEqualTo(5);
        assertThat(text.substring(5, 9)).isEqualTo("درعا");
        assertThat(text.codePointAt(0)).isEqualTo(0x1F600);
        assertThat(text.codePointAt(5)).isEqualTo('د');
    }

    @Test
    void everyUtf16BoundaryMapsBackToItsCodePoint() {
        String s = "a𝐀ب😀😀c";
        CodePoints text = CodePoints.of(s);
        for (int offset = 0; offset <= text.length(); offset++) {
            int index = text.toUtf16(offset);
            assertThat(index).isEqualTo(s.offsetByCodePoints(0, offset));
            assertThat(text.toCodePoint(index)).isEqualTo(offset);
        }
    }

    @Test
    void anIndexInsideASurrogatePairIsRejected() {
        CodePoints text = CodePoints.of("😀x");
        assertThatThrownBy(() -> text.toCodePoint(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void offsetsOutsideTheTextAreRejected() {
        CodePoints text = CodePoints.of("😀x");
        assertThatThrownBy(() -> text.toUtf16(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> text.toUtf16(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> text.toCodePoint(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> text.codePointAt(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> text.substring(2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void longTextsConvertInLinearTime() {
        String s = "😀 درعا ".repeat(200_000);
        CodePoints text = CodePoints.of(s);
        long sum = 0;
        for (int offset = 0; offset < text.length(); offset += 7) {
            sum += text.toCodePoint(text.toUtf16(offset));
        }
        assertThat(text.length()).isEqualTo(7 * 200_000);
        assertThat(sum).isPositive();
    }
}
