package org.tawsim.format;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CoNLL-2012 coreference files (as {@link Conll2012Writer} writes them, and OntoNotes *_conll files) back
 * into documents, to verify round trips and to import coreference keys.
 *
 * <p>A document runs from {@code #begin document (<id>); part <n>} (or {@code #begin document <name>}) to
 * {@code #end document}; its id is the part in parentheses and its meta holds {@code part}. Columns are split at
 * TABs, or at runs of spaces when a line has no TAB (OntoNotes aligns with spaces). The word is column 4, the
 * word number (column 3) must count from 0 in each sentence, the coreference column is the last and the
 * named-entity column is column 11 when a line has at least 12 columns. Blank lines end sentences. The text is
 * rebuilt from the words: single spaces between words, a newline between sentences.
 *
 * <p>Coreference brackets are read as the reference scorer reads them: on each line first {@code (n)}, then
 * {@code (n}, then {@code n)}, a closing matching the latest opening of the same entity. Each mention becomes a
 * span, labelled by a named-entity bracket over exactly its tokens (otherwise its label is null); named
 * entities that are no mention become spans too. Entities with two or more mentions become chains, in the
 * numeric order of their entity numbers; one-mention entities are spans in no chain, which is how singletons are
 * represented. Span ids are 0, 1, ... in text
 * order.
 */
public final class Conll2012Reader extends CorpusReader {

    /** The allowed named-entity labels, or null to accept any. */
    private final Set<String> labels;

    /** @param labels the allowed named-entity labels, or null to accept any */
    public Conll2012Reader(Set<String> labels) {
        this.labels = labels == null ? null : Set.copyOf(labels);
    }

    public Conll2012Reader() {
        this(null);
    }

    private static final Pattern BEGIN = Pattern.compile("#\\s*begin document \\((.*)\\); part (\\d+)");
    private static final Pattern BEGIN_NAME = Pattern.compile("#\\s*begin document (.+)");
    private static final Pattern END = Pattern.compile("#\\s*end document.*");
    private static final Pattern SPACES = Pattern.compile(" +");

    @Override
    void read(NumberedLines lines, Consumer<CorpusDocument> sink) throws IOException {
        Conll2012Document document = null;
        for (String line = lines.next(); line != null; line = lines.next()) {
            String content = line.strip();
            try {
                if (document == null) {
                    document = begin(content);
                } else if (END.matcher(content).matches()) {
                    CorpusDocument done = document.build();
                    document = null;
                    sink.accept(done);
                } else if (content.isEmpty()) {
                    document.endSentence();
                } else if (content.startsWith("#")) {
                    throw new LineProblem(BEGIN_NAME.matcher(content).matches()
                            ? "#begin document inside document '" + document.id() + "': missing #end document"
                            : "unexpected line starting with #");
                } else {
                    document.addToken(columns(line));
                }
            } catch (RuntimeException e) {
                throw lines.error(e);
            }
        }
        if (document != null) {
            throw lines.error("the file ends inside document '" + document.id() + "': missing #end document");
        }
    }

    /** Outside a document only blank lines and a #begin line may appear. */
    private Conll2012Document begin(String content) {
        if (content.isEmpty()) {
            return null;
        }
        Matcher withPart = BEGIN.matcher(content);
        if (withPart.matches()) {
            if (withPart.group(2).length() > 9) {
                throw new LineProblem("part number " + withPart.group(2) + " is too large");
            }
            return new Conll2012Document(withPart.group(1), Map.of("part", Integer.parseInt(withPart.group(2))), labels);
        }
        Matcher named = BEGIN_NAME.matcher(content);
        if (named.matches()) {
            return new Conll2012Document(named.group(1).strip(), Map.of(), labels);
        }
        throw new LineProblem("expected '#begin document (<id>); part <n>' before token lines");
    }

    private static String[] columns(String line) {
        String trimmed = line.strip();
        String[] columns = trimmed.indexOf('\t') >= 0 ? trimmed.split("\t", -1) : SPACES.split(trimmed);
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].isEmpty()) {
                throw new LineProblem("column " + (i + 1) + " is empty");
            }
        }
        if (columns.length < 5) {
            throw new LineProblem("expected at least 5 columns (document, part, word number, word, ..., "
                    + "coreference), found " + columns.length);
        }
        return columns;
    }
}
