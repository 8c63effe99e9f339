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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tawsim.text.Sentence;
import org.tawsim.text.TextRange;
import org.tawsim.text.Token;

/**
 * Writes coreference chains in the CoNLL-2012 (OntoNotes) layout that the reference scorer
 * (reference-coreference-scorers v8.01) reads.
 *
 * <p>Per document: {@code #begin document (<id>); part 000}, one line per token, a blank line after every
 * sentence, {@code #end document}. A token line has these 12 columns, separated by one TAB (the scorer splits
 * on TAB only, so spaces would merge columns):
 * <ol>
 *   <li>document id (whitespace replaced by {@code _})</li>
 *   <li>part number: {@code 0}</li>
 *   <li>word number, from 0 in each sentence</li>
 *   <li>word: the token</li>
 *   <li>POS: {@code -}</li>
 *   <li>parse bit: {@code *} (no constituent opens or closes here)</li>
 *   <li>predicate lemma: {@code -}</li>
 *   <li>predicate frameset id: {@code -}</li>
 *   <li>word sense: {@code -}</li>
 *   <li>speaker: {@code -}</li>
 *   <li>named entities: {@code (PERSON*}, {@code *}, {@code *)}, {@code (ORG)}; outermost spans only</li>
 *   <li>coreference: {@code (12}, {@code 12)}, {@code (12)} joined by {@code |}, or {@code -}</li>
 * </ol>
 * There are no predicate-argument columns because no predicates are annotated (OntoNotes has one per predicate
 * of the sentence, so zero here). Entities are numbered from 0: the document's chains in their order, then the
 * spans in no chain as singletons, in text order (unless singletons are excluded). On a token, openings come
 * first (outer before inner), then one-token mentions, then closings (inner before outer).
 *
 * <p>Every span is a mention. Tokens are split at span boundaries. What bracket notation cannot hold is dropped
 * and counted ({@link MentionCounts}): a second mention over the same tokens, a mention crossing another of the
 * same entity, a span covering no token. A singleton is an entity with one mention, whether it came as a
 * one-element chain or as a span in no chain.
 */
public final class Conll2012Writer implements CorpusWriter, Flushable {

    private final Writer out;
    private final boolean includeSingletons;
    private MentionCounts totals = MentionCounts.NONE;

    /** Singletons included; writes to {@code out}, which the caller opened for UTF-8. */
    public Conll2012Writer(Writer out) {
        this(out, true);
    }

    /** Writes to {@code out}, which the caller opened for UTF-8; {@link #close()} closes it. */
    public Conll2012Writer(Writer out, boolean includeSingletons) {
        this.out = out;
        this.includeSingletons = includeSingletons;
    }

    /** Writes UTF-8 to {@code out}; {@link #close()} closes it. */
    public Conll2012Writer(OutputStream out, boolean includeSingletons) {
        this(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), includeSingletons);
    }

    public MentionCounts write(CorpusDocument document) throws IOException {
        return write(document, List.of());
    }

    /** @param sharedSpans spans of the same text from other sources, whose boundaries split tokens too */
    public MentionCounts write(CorpusDocument document, List<TextRange> sharedSpans) throws IOException {
        SegmentedDocument segmented = SegmentedDocument.of(document, sharedSpans);
        List<SpanOnTokens> placed = segmented.placedSpans();
        int tokenCount = segmented.tokens().size();

        CorefEntities corefEntities = CorefEntities.of(document, placed);
        String[] coref = new String[tokenCount];
        int written = 0;
        int singletonsOmitted = 0;
        List<CorefMark> marks = new ArrayList<>();
        int number = 0;
        for (List<SpanOnTokens> entity : corefEntities.entities()) {
            if (entity.isEmpty()) {
                continue;
            }
            if (entity.size() == 1 && !includeSingletons) {
                singletonsOmitted++;
                continue;
            }
            for (SpanOnTokens mention : entity) {
                marks.add(new CorefMark(number, mention.tokens()));
            }
            written += entity.size();
            number++;
        }
        fillCorefColumn(coref, marks);

        List<SpanOnTokens> labelled = new ArrayList<>();
        for (SpanOnTokens p : placed) {
            if (p.span().label() != null) {
                labelled.add(p);
            }
        }
        List<SpanOnTokens> namedEntities = OutermostSpans.select(labelled);
        String[] ne = namedEntityColumn(tokenCount, namedEntities);

        writeLines(document, segmented, ne, coref);
        MentionCounts counts = new MentionCounts(written, corefEntities.droppedDuplicate(), corefEntities.droppedCrossing(),
                document.spans().size() - placed.size(), singletonsOmitted, labelled.size() - namedEntities.size());
        totals = totals.plus(counts);
        return counts;
    }

    private record CorefMark(int entity, TokenIndices tokens) {
    }

    private static void fillCorefColumn(String[] column, List<CorefMark> marks) {
        List<List<CorefMark>> opening = perToken(column.length);
        List<List<CorefMark>> single = perToken(column.length);
        List<List<CorefMark>> closing = perToken(column.length);
        for (CorefMark mark : marks) {
            if (mark.tokens().length() == 1) {
                single.get(mark.tokens().first()).add(mark);
            } else {
                opening.get(mark.tokens().first()).add(mark);
                closing.get(mark.tokens().last()).add(mark);
            }
        }
        Comparator<CorefMark> byEntity = Comparator.comparingInt(CorefMark::entity);
        for (int t = 0; t < column.length; t++) {
            List<String> parts = new ArrayList<>();
            opening.get(t).sort(Comparator.comparingInt((CorefMark m) -> -m.tokens().last()).thenComparing(byEntity));
            opening.get(t).forEach(m -> parts.add("(" + m.entity()));
            single.get(t).sort(byEntity);
            single.get(t).forEach(m -> parts.add("(" + m.entity() + ")"));
            closing.get(t).sort(Comparator.comparingInt((CorefMark m) -> -m.tokens().first()).thenComparing(byEntity));
            closing.get(t).forEach(m -> parts.add(m.entity() + ")"));
            column[t] = parts.isEmpty() ? "-" : String.join("|", parts);
        }
    }

    private static List<List<CorefMark>> perToken(int tokenCount) {
        List<List<CorefMark>> lists = new ArrayList<>(tokenCount);
        for (int t = 0; t < tokenCount; t++) {
            lists.add(new ArrayList<>(0));
        }
        return lists;
    }

    private static String[] namedEntityColumn(int tokenCount, List<SpanOnTokens> namedEntities) {
        String[] column = new String[tokenCount];
        Arrays.fill(column, "*");
        for (SpanOnTokens p : namedEntities) {
            String label = ColumnText.bracketLabel(p.span().label());
            TokenIndices range = p.tokens();
            if (range.length() == 1) {
                column[range.first()] = "(" + label + ")";
            } else {
                column[range.first()] = "(" + label + "*";
                column[range.last()] = "*)";
            }
        }
        return column;
    }

    private void writeLines(CorpusDocument document, SegmentedDocument segmented, String[] ne, String[] coref)
            throws IOException {
        String id = ColumnText.label(document.id());
        StringBuilder lines = new StringBuilder();
        lines.append("#begin document (").append(id).append("); part 000\n");
        List<Token> tokens = segmented.tokens();
        for (Sentence sentence : segmented.segmentation().sentences()) {
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                lines.append(id).append("\t0\t").append(t - sentence.firstToken()).append('\t')
                        .append(tokens.get(t).text()).append("\t-\t*\t-\t-\t-\t-\t")
                        .append(ne[t]).append('\t').append(coref[t]).append('\n');
            }
            lines.append('\n');
        }
        lines.append("#end document\n");
        out.write(lines.toString());
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

    public MentionCounts totals() {
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
