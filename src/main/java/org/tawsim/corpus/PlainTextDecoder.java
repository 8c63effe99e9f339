package org.tawsim.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.tawsim.base.UserError;

/**
 * Turns the bytes of an uploaded .txt file into the document text, strictly: invalid bytes are an error,
 * never replaced, so the stored text is exactly what the author wrote. A byte-order mark selects UTF-8 or
 * UTF-16 and is not part of the text; without one the file must be UTF-8 unless the user names a charset.
 */
public final class PlainTextDecoder {

    public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private PlainTextDecoder() {
    }

    /**
     * The charset an API caller names for an upload, as the upload page offers them: UTF-8 (the default, with
     * byte-order marks honoured; null here) or Windows-1256. Aliases such as utf8 or cp1256 are understood.
     */
    public static Charset chosenEncoding(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Charset charset;
        try {
            charset = Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            charset = null;
        }
        if (StandardCharsets.UTF_8.equals(charset)) {
            return null;
        }
        if (WINDOWS_1256.equals(charset)) {
            return WINDOWS_1256;
        }
        throw new UserError("import.error.encoding-unknown", name.strip(), "UTF-8, windows-1256");
    }

    /** @param chosen a charset the user picked (e.g. Windows-1256), or null to require UTF-8/BOM. */
    public static String decode(String fileName, byte[] bytes, Charset chosen) {
        if (bytes.length == 0) {
            throw new UserError("import.error.empty", fileName);
        }
        Charset charset = chosen == null ? StandardCharsets.UTF_8 : chosen;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        if (skip == 0 && chosen == null && looksLikeUtf16WithoutBom(bytes)) {
            throw new UserError("import.error.utf16", fileName);
        }
        String text = strictDecode(fileName, bytes, skip, charset);
        rejectControlCharacters(fileName, text);
        // isBlank() misses no-break spaces, which scraped pages are full of.
        if (text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
            throw new UserError("import.error.empty", fileName);
        }
        return text;
    }

    /**
     * True for bytes that are not clean UTF-8 text (invalid, or with control characters such as the NUL bytes
     * of ASCII in UTF-16) but read cleanly as UTF-16 in one byte order: a file saved as "Unicode" by Windows
     * tools without a byte-order mark. Looks at the first 64 KiB only.
     */
    public static boolean looksLikeUtf16WithoutBom(byte[] bytes) {
        int length = Math.min(bytes.length, 64 * 1024) & ~1;
        if (length < 2 || startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE)
                || startsWith(bytes, 0xFE, 0xFF)) {
            return false;
        }
        int utf8Length = length;
        while (utf8Length < bytes.length && utf8Length > 0 && (bytes[utf8Length] & 0xC0) == 0x80) {
            utf8Length--; // do not cut the sample inside a UTF-8 character
        }
        return !cleanText(bytes, utf8Length, StandardCharsets.UTF_8)
                && (cleanText(bytes, length, StandardCharsets.UTF_16LE) || cleanText(bytes, length, StandardCharsets.UTF_16BE));
    }

    private static boolean cleanText(byte[] bytes, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer text = decoder.decode(ByteBuffer.wrap(bytes, 0, length));
            int latinOrArabic = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    return false;
                }
                if (c <= 0xFF || (c >= 0x0600 && c <= 0x06FF)) {
                    latinOrArabic++;
                }
            }
            // any even number of bytes reads as some UTF-16: real text in our languages stays in these blocks
            return charset == StandardCharsets.UTF_8 || latinOrArabic * 4 >= text.length() * 3;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String strictDecode(String fileName, byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            // decode() leaves the buffer at the offending byte: tell the user where it is.
            throw new UserError("import.error.encoding", fileName, charset.displayName(), in.position());
        }
    }

    /** NUL and other C0 controls (except tab, line feed, carriage return, form feed) mean a binary file. */
    private static void rejectControlCharacters(String fileName, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                throw new UserError("import.error.binary", fileName, i);
            }
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
