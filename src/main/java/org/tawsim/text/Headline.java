package org.tawsim.text;

/**
 * The title of a plain-text document: its first line that reads as a headline. Text scraped from news pages
 * often starts with page furniture ("icon", "+A حجم الخط -A", "التغطية الحية"), so the first line is not
 * enough: a headline is the first line of at least four words, a word being a run of non-spaces with at least
 * two letters in it (dates, times, symbols and the "+A"/"-A" of a font-size widget are not words). Without such a line, the first non-blank line is used.
 */
public final class Headline {

    static final int MIN_WORDS = 4;
    /** Titles are stored in 500 UTF-16 units at most; a longer line is cut to 250 code points, which always fit. */
    static final int MAX_UNITS = 500;

    private Headline() {
    }

    /** The headline of {@code text}, or {@code fallback} when the text has no non-blank line. */
    public static String of(String text, String fallback) {
        String firstLine = null;
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (firstLine == null) {
                firstLine = stripped;
            }
            if (words(stripped) >= MIN_WORDS) {
                return shortened(stripped);
            }
        }
        return firstLine == null ? fallback : shortened(firstLine);
    }

    /** The title the first non-blank line gave before headlines were recognised (for retitling old documents). */
    public static String firstLine(String text, String fallback) {
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                return shortened(stripped);
            }
        }
        return fallback;
    }

    static int words(String line) {
        int words = 0;
        for (String token : line.split("[\\s\\p{Z}]+")) {
            if (token.codePoints().filter(Character::isLetter).limit(2).count() == 2) {
                words++;
            }
        }
        return words;
    }

    private static String shortened(String line) {
        return line.length() <= MAX_UNITS ? line : line.substring(0, line.offsetByCodePoints(0, MAX_UNITS / 2));
    }
}
