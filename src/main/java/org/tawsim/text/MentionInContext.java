package org.tawsim.text;

/**
 * A mention with a few words of context on each side, from the same line: enough to tell mentions that read
 * alike apart ("جاسم … جاسم") without quoting the article. {@code cutBefore} / {@code cutAfter} say that the
 * line goes on past the context (shown as an ellipsis). The words are those the editor snaps to: letters,
 * marks, digits, tatweel and underscore.
 */
public record MentionInContext(String before, String mention, String after, boolean cutBefore, boolean cutAfter) {

    /** Mentions longer than this many code points are shown by their first and last words. */
    static final int LONGEST_MENTION = 80;

    public static MentionInContext of(int[] codePoints, int start, int end, int words) {
        int s = Math.max(0, Math.min(start, codePoints.length));
        int e = Math.max(s, Math.min(end, codePoints.length));
        int from = s;
        for (int w = 0; w < words; w++) {
            int p = from;
            while (p > 0 && !isWordChar(codePoints[p - 1]) && codePoints[p - 1] != '\n') {
                p--;
            }
            if (p == 0 || codePoints[p - 1] == '\n') {
                from = p;
                break;
            }
            while (p > 0 && isWordChar(codePoints[p - 1])) {
                p--;
            }
            from = p;
        }
        int to = e;
        for (int w = 0; w < words; w++) {
            int p = to;
            while (p < codePoints.length && !isWordChar(codePoints[p]) && codePoints[p] != '\n') {
                p++;
            }
            if (p == codePoints.length || codePoints[p] == '\n') {
                to = p;
                break;
            }
            while (p < codePoints.length && isWordChar(codePoints[p])) {
                p++;
            }
            to = p;
        }
        boolean cutBefore = from > 0 && codePoints[from - 1] != '\n';
        boolean cutAfter = to < codePoints.length && codePoints[to] != '\n';
        return new MentionInContext(text(codePoints, from, s).stripLeading(), mention(codePoints, s, e),
                text(codePoints, e, to).stripTrailing(), cutBefore, cutAfter);
    }

    private static String mention(int[] codePoints, int start, int end) {
        if (end - start <= LONGEST_MENTION) {
            return text(codePoints, start, end);
        }
        int half = LONGEST_MENTION / 2;
        int head = start + half;
        while (head < end && isWordChar(codePoints[head])) {
            head++;
        }
        int tail = end - half;
        while (tail > head && isWordChar(codePoints[tail - 1])) {
            tail--;
        }
        return text(codePoints, start, head).stripTrailing() + " … " + text(codePoints, tail, end).stripLeading();
    }

    private static String text(int[] codePoints, int from, int to) {
        return new String(codePoints, from, Math.max(0, to - from)).replaceAll("\\s+", " ");
    }

    static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || cp == 0x0640 || cp == '_';
    }
}
