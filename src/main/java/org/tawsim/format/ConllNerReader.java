package org.tawsim.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CoNLL NER files: one token per line with its tag in the last column (columns separated by tabs or
 * spaces, so both our {@code token<TAB>tag} files and the 4-column CoNLL-2003 originals work), a blank line
 * between sentences, and a line starting with {@code -DOCSTART-} before each document. A file without
 * {@code -DOCSTART-} is one document; documents without tokens are skipped.
 *
 * <p>The text is rebuilt: tokens joined by single spaces, sentences joined by a newline; each token's
 * code-point offsets in it are where it was placed. Document ids are 1, 2, ... in file order.
 *
 * <p>Tags: {@code O}; {@code B-X} starts an entity; {@code I-X} continues an entity of type X, and otherwise
 * starts one, which accepts IOB1 (CoNLL-2003's original scheme) and sloppy IOB2 alike; {@code E-X}/{@code L-X}
 * ends an entity, and on its own is a one-token entity; {@code S-X}/{@code U-X} is a one-token entity. So IOB2,
 * IOB1, BIOES and BILOU files all read. Entities never run across a blank line. Any other tag is an error.
 */
public final class ConllNerReader extends CorpusReader {

    private static final Pattern TAG = Pattern.compile("([BIESLU])-(\\S+)");
    private static final Pattern COLUMN_SEPARATOR = Pattern.compile("[ \\t]+");

    private final Set<String> labels;

    /** @param labels the allowed entity types, or null to accept any */
    public ConllNerReader(Set<String> labels) {
        this.labels = labels == null ? null : Set.copyOf(labels);
    }

    public ConllNerReader() {
        this(null);
    }

    @Override
    void read(NumberedLines lines, Consumer<CorpusDocument> sink) throws IOException {
        DocumentBuilder document = new DocumentBuilder(1);
        for (String line = lines.next(); line != null; line = lines.next()) {
            String content = line.strip();
            if (content.startsWith("-DOCSTART-")) {
                if (document.hasTokens()) {
                    sink.accept(document.build());
                    document = new DocumentBuilder(document.number + 1);
                }
                continue;
            }
            if (content.isEmpty()) {
                document.endSentence();
                continue;
            }
            try {
                document.add(content);
            } catch (RuntimeException e) {
                throw lines.error(e);
            }
        }
        if (document.hasTokens()) {
            sink.accept(document.build());
        }
    }

    /** Collects one document's text and spans while its lines are read. */
    private final class DocumentBuilder {

        private final int number;
        private final StringBuilder text = new StringBuilder();
        private final List<CorpusSpan> spans = new ArrayList<>();
        private int length; // of text, in code points
        private boolean sentenceOpen;
        private String openLabel;
        private int openStart;
        private int openEnd;

        DocumentBuilder(int number) {
            this.number = number;
        }

        boolean hasTokens() {
            return length > 0;
        }

        void add(String line) {
            String[] columns = COLUMN_SEPARATOR.split(line);
            if (columns.length < 2) {
                throw new LineProblem("expected a token and a tag, found only '" + line + "'");
            }
            String token = columns[0];
            String tag = columns[columns.length - 1];
            String prefix = null;
            String label = null;
            if (!tag.equals("O")) {
                Matcher matcher = TAG.matcher(tag);
                if (!matcher.matches()) {
                    throw new LineProblem("invalid tag '" + tag + "', expected O or B-, I-, E-, S- (L-, U-) and a type");
                }
                prefix = matcher.group(1);
                label = SpanRules.checkLabel(matcher.group(2), labels, "tag '" + tag + "'");
            }
            if (length > 0) {
                text.append(sentenceOpen ? ' ' : '\n');
                length++;
            }
            sentenceOpen = true;
            int start = length;
            text.append(token);
            length += token.codePointCount(0, token.length());
            tagToken(prefix, label, start, length);
        }

        private void tagToken(String prefix, String label, int start, int end) {
            if (prefix == null) {
                closeEntity();
                return;
            }
            boolean continues = label.equals(openLabel);
            switch (prefix) {
                case "B" -> {
                    closeEntity();
                    openEntity(label, start, end);
                }
                case "I" -> {
                    if (continues) {
                        openEnd = end;
                    } else {
                        closeEntity();
                        openEntity(label, start, end);
                    }
                }
                case "E", "L" -> {
                    if (continues) {
                        openEnd = end;
                    } else {
                        closeEntity();
                        openEntity(label, start, end);
                    }
                    closeEntity();
                }
                default -> { // S, U
                    closeEntity();
                    openEntity(label, start, end);
                    closeEntity();
                }
            }
        }

        private void openEntity(String label, int start, int end) {
            openLabel = label;
            openStart = start;
            openEnd = end;
        }

        private void closeEntity() {
            if (openLabel != null) {
                spans.add(new CorpusSpan(spans.size(), openStart, openEnd, openLabel));
                openLabel = null;
            }
        }

        void endSentence() {
            closeEntity();
            sentenceOpen = false;
        }

        CorpusDocument build() {
            closeEntity();
            return new CorpusDocument(String.valueOf(number), text.toString(), spans, List.of());
        }
    }
}
