package org.tawsim.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tawsim.base.UserError;

class PlainTextDecoderTest {

    private static final String ARTICLE = "عادت خلايا تنظيم الدولة للظهور في محافظة درعا\r\nسهّل 😀 <b>x</b>";

    @Test
    void keepsUtf8TextExactlyAsWritten() {
        assertThat(PlainTextDecoder.decode("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(ARTICLE);
    }

    @Test
    void dropsAUtf8ByteOrderMark() {
        byte[] body = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(PlainTextDecoder.decode("a.txt", withBom, null)).isEqualTo(ARTICLE);
    }

    @Test
    void readsUtf16WithByteOrderMark() {
        // Java's "UTF-16" encoder writes a big-endian BOM first.
        assertThat(PlainTextDecoder.decode("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_16), null)).isEqualTo(ARTICLE);
    }

    @Test
    void readsWindows1256WhenChosen() {
        String arabic = "محافظة درعا";
        byte[] bytes = arabic.getBytes(PlainTextDecoder.WINDOWS_1256);
        assertThat(PlainTextDecoder.decode("a.txt", bytes, PlainTextDecoder.WINDOWS_1256)).isEqualTo(arabic);
    }

    @Test
    void rejectsWindows1256BytesAsUtf8AndSaysWhere() {
        byte[] bytes = "ab محافظة".getBytes(PlainTextDecoder.WINDOWS_1256);
        assertThatThrownBy(() -> PlainTextDecoder.decode("legacy.txt", bytes, null))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.error.encoding");
                    assertThat(e.args()).containsExactly("legacy.txt", "UTF-8", 3);
                });
    }

    @Test
    void rejectsNulBytesAsBinary() {
        byte[] bytes = {'a', 'b', 0, 'c'};
        assertThatThrownBy(() -> PlainTextDecoder.decode("x.bin", bytes, null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("import.error.binary"));
    }

    @Test
    void rejectsEmptyAndBlankFiles() {
        assertThatThrownBy(() -> PlainTextDecoder.decode("e.txt", new byte[0], null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("import.error.empty"));
        assertThatThrownBy(() -> PlainTextDecoder.decode("e.txt", " \n\u00a0".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("import.error.empty"));
    }
}
