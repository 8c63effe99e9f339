package org.tawsim.format;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Lines of a file with their 1-based numbers, for readers that report where a file breaks its format. Lines end
 * at {@code \n}, {@code \r\n} or {@code \r}, as for {@link BufferedReader#readLine()}; a byte-order mark at the
 * start is dropped.
 *
 * <p>Bytes are cut into lines before decoding, each line strictly as UTF-8, so that a byte that is not UTF-8 is
 * reported on its own line; a decoding Reader reads ahead and would blame an earlier line.
 */
final class NumberedLines {

    private final BufferedReader chars;
    private final BufferedInputStream bytes;
    private final CharsetDecoder decoder;
    private final ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();
    private final String fileName;
    private int number;

    NumberedLines(Reader in, String fileName) {
        this.chars = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
        this.bytes = null;
        this.decoder = null;
        this.fileName = fileName;
    }

    NumberedLines(InputStream in, String fileName) {
        this.chars = null;
        this.bytes = new BufferedInputStream(in);
        this.decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.fileName = fileName;
    }

    /** The next line without its line ending, or null at the end. */
    String next() throws IOException {
        String line = chars != null ? chars.readLine() : nextDecodedLine();
        if (line == null) {
            return null;
        }
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        // JSON escapes control characters and CoNLL has no room for them: raw ones mean a binary file.
        for (int i = 0; i < line.length(); i++) {
            if (TextRules.isControl(line.charAt(i))) {
                throw error(String.format("control character U+%04X at column %d (a binary file?)",
                        (int) line.charAt(i), line.codePointCount(0, i) + 1));
            }
        }
        return line;
    }

    private String nextDecodedLine() throws IOException {
        lineBytes.reset();
        int b = bytes.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n' && b != '\r') {
            lineBytes.write(b);
            b = bytes.read();
        }
        if (b == '\r') {
            bytes.mark(1);
            if (bytes.read() != '\n') {
                bytes.reset();
            }
        }
        try {
            return decoder.decode(ByteBuffer.wrap(lineBytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new FormatException(fileName, number + 1, "not valid UTF-8");
        }
    }

    /** The number of the line last returned by {@link #next()}. */
    int number() {
        return number;
    }

    FormatException error(String problem) {
        return new FormatException(fileName, number, problem);
    }

    /**
     * Turns what a line parser threw into a FormatException at this line: a {@link LineProblem} keeps its text,
     * and any other runtime exception (a parser bug) still reaches the user as a format error of this line
     * rather than as an unexplained crash of the import.
     */
    FormatException error(RuntimeException e) {
        if (e instanceof LineProblem) {
            return error(e.getMessage());
        }
        return error("cannot be read (" + e + ")");
    }
}
