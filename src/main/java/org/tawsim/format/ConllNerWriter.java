package org.tawsim.format;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.tawsim.text.Sentence;
import org.tawsim.text.TextRange;
import org.tawsim.text.Token;

/**
 * Writes named entities in the CoNLL-2003 NER layout, one document at a time:
 * <pre>
 * -DOCSTART- -X- -X- O
 *
 * من&lt;TAB&gt;O
 * ...
 * جاسم&lt;TAB&gt;B-LOCATION
 * ب&lt;TAB&gt;O
 * درعا&lt;TAB&gt;B-LOCATION
 * ؟&lt;TAB&gt;O
 *
 * </pre>
 * One {@code token<TAB>tag} line per token, a blank line after every sentence, and before every document
 * (the first one too, as in the CoNLL-2003 files) the line {@value #DOCSTART} and a blank line. That line is
 * copied verbatim from the shared-task data; tools that split documents at lines starting with
 * {@code -DOCSTART-} (Hugging Face's conll2003 script, flair, our {@link ConllNerReader}) read it as usual.
 * UTF-8, {@code \n} line endings.
 *
 * <p>Tokens are split at span boundaries ({@code ب|درعا}). A flat tag sequence cannot hold nested or
 * overlapping entities: the outermost is written ({@link OutermostSpans}) and the others are counted in the
 * returned {@link SpanCounts}, as are spans that cover no token and spans without a label. Whitespace in a label
 * becomes {@code _}.
 */
public final class ConllNerWriter implements CorpusWriter, Flushable {

    /** The CoNLL-2003 document separator line, verbatim. */
    public static final String DOCSTART = "-DOCSTART- -X- -X- O";

    private final Writer out;
    private final TagScheme scheme;
    private SpanCounts totals = SpanCounts.NONE;

    /** Writes to {@code out}, which the caller opened for UTF-8; {@link #close()} closes it. */
    public ConllNerWriter(Writer out, TagScheme scheme) {
        this.out = out;
        this.scheme = scheme;
    }

    /** Writes UTF-8 to {@code out}; {@link #close()} closes it. */
    public ConllNerWriter(OutputStream out, TagScheme scheme) {
        this(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), scheme);
    }

    public SpanCounts write(CorpusDocument document) throws IOException {
        return write(document, List.of());
    }

    /**
     * @param sharedSpans spans of the same text from other sources (e.g. every annotator of the document): their
     *                    boundaries split tokens too, so files of different annotators line up token by token
     */
    public SpanCounts write(CorpusDocument document, List<TextRange> sharedSpans) throws IOException {
        SegmentedDocument segmented = SegmentedDocument.of(document, sharedSpans);
        List<SpanOnTokens> placed = segmented.placedSpans();
        List<SpanOnTokens> labelled = new ArrayList<>(placed.size());
        for (SpanOnTokens p : placed) {
            if (p.span().label() != null) {
                labelled.add(p);
            }
        }
        List<SpanOnTokens> kept = OutermostSpans.select(labelled);
        String[] tags = tags(segmented.tokens().size(), kept);

        StringBuilder lines = new StringBuilder();
        lines.append(DOCSTART).append("\n\n");
        List<Token> tokens = segmented.tokens();
        for (Sentence sentence : segmented.segmentation().sentences()) {
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                lines.append(tokens.get(t).text()).append('\t').append(tags[t]).append('\n');
            }
            lines.append('\n');
        }
        out.write(lines.toString());

        SpanCounts counts = new SpanCounts(kept.size(), labelled.size() - kept.size(),
                document.spans().size() - placed.size(), placed.size() - labelled.size());
        totals = totals.plus(counts);
        return counts;
    }

    private String[] tags(int tokenCount, List<SpanOnTokens> kept) {
        String[] tags = new String[tokenCount];
        Arrays.fill(tags, "O");
        for (SpanOnTokens p : kept) {
            String label = ColumnText.label(p.span().label());
            TokenIndices range = p.tokens();
            if (scheme == TagScheme.BIOES && range.length() == 1) {
                tags[range.first()] = "S-" + label;
                continue;
            }
            tags[range.first()] = "B-" + label;
            for (int t = range.first() + 1; t <= range.last(); t++) {
                tags[t] = "I-" + label;
            }
            if (scheme == TagScheme.BIOES) {
                tags[range.last()] = "E-" + label;
            }
        }
        return tags;
    }

    /** Counts over every document written so far. */
    @Override
    public void writeDocument(CorpusDocument document, List<TextRange> sharedSpans) throws IOException {
        write(document, sharedSpans);
    }

    @Override
    public Map<String, Integer> counts() {
        return totals().asMap();
    }

    public SpanCounts totals() {
        return totals;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
