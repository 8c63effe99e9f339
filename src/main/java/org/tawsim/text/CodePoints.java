package org.tawsim.text;

import java.util.Objects;

/**
 * A text with conversions between Java's UTF-16 indices and the Unicode code-point offsets we store.
 *
 * <p>Offsets are code points because that is what Python, doccano, spaCy and PostgreSQL count; Java strings
 * count UTF-16 units, which differ as soon as an emoji or another supplementary character appears. Most Arabic
 * news texts contain none, so they take a fast path where both numberings are equal; otherwise one O(n) pass
 * builds lookup tables and every conversion is O(1).
 */
public final class CodePoints {

    private final String text;
    private final int length;
    /** UTF-16 index of each code-point offset (length + 1 entries), or null when both numberings agree. */
    private final int[] utf16Index;
    /** Code-point offset of each UTF-16 index (text.length() + 1 entries; -1 inside a pair), or null. */
    private final int[] codePointOffset;

    private CodePoints(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
        if (length == text.length()) {
            utf16Index = null;
            codePointOffset = null;
            return;
        }
        utf16Index = new int[length + 1];
        codePointOffset = new int[text.length() + 1];
        int i = 0;
        int cp = 0;
        while (i < text.length()) {
            utf16Index[cp] = i;
            codePointOffset[i] = cp;
            int width = Character.charCount(text.codePointAt(i));
            if (width == 2) {
                codePointOffset[i + 1] = -1;
            }
            i += width;
            cp++;
        }
        utf16Index[length] = text.length();
        codePointOffset[text.length()] = length;
    }

    public static CodePoints of(String text) {
        return new CodePoints(Objects.requireNonNull(text, "text"));
    }

    public String text() {
        return text;
    }

    /** The number of code points, i.e. Python's {@code len(text)}. */
    public int length() {
        return length;
    }

    /** True when some character takes two UTF-16 units, i.e. the two numberings differ. */
    public boolean hasSupplementaryCharacters() {
        return utf16Index != null;
    }

    /** The UTF-16 index of a code-point offset in 0..length(). */
    public int toUtf16(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("code-point offset " + offset + " outside 0.." + length);
        }
        return utf16Index == null ? offset : utf16Index[offset];
    }

    /**
     * The code-point offset of a UTF-16 index in 0..text().length(). An index between the two halves of a
     * surrogate pair names no character boundary and is rejected rather than silently rounded.
     */
    public int toCodePoint(int index) {
        if (index < 0 || index > text.length()) {
            throw new IndexOutOfBoundsException("UTF-16 index " + index + " outside 0.." + text.length());
        }
        if (codePointOffset == null) {
            return index;
        }
        int offset = codePointOffset[index];
        if (offset < 0) {
            throw new IllegalArgumentException("UTF-16 index " + index + " splits a surrogate pair");
        }
        return offset;
    }

    /** The code point at a code-point offset in 0..length()-1. */
    public int codePointAt(int offset) {
        if (offset < 0 || offset >= length) {
            throw new IndexOutOfBoundsException("code-point offset " + offset + " outside 0.." + (length - 1));
        }
        return text.codePointAt(toUtf16(offset));
    }

    /** Python's {@code text[start:end]} for 0 <= start <= end <= length(). */
    public String substring(int start, int end) {
        if (start > end) {
            throw new IndexOutOfBoundsException("start " + start + " after end " + end);
        }
        return text.substring(toUtf16(start), toUtf16(end));
    }
}
