package org.tawsim.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One CoNLL-2012 document while {@link Conll2012Reader} reads its token lines. */
final class Conll2012Document {

    /** Mention brackets in the coreference column, as the reference scorer matches them. */
    private static final Pattern COREF_BRACKET = Pattern.compile("\\((\\d+)\\)|\\((\\d+)|(\\d+)\\)");
    private static final Pattern NE_OPEN = Pattern.compile("\\(([^()*\\s]+)\\*");
    private static final Pattern NE_SINGLE = Pattern.compile("\\(([^()*\\s]+)\\*?\\)");

    /** Entity numbers in numeric order (they may have more digits than a long holds). */
    private static final Comparator<String> NUMERIC = Comparator
            .comparingInt((String n) -> n.replaceFirst("^0+(?=.)", "").length())
            .thenComparing(n -> n.replaceFirst("^0+(?=.)", ""))
            .thenComparing(Comparator.naturalOrder());

    private record Bracket(int first, int last, String label) {
    }

    /** A future span: a mention (entity set) or a named entity that is no mention (entity null). */
    private record Candidate(Bracket bracket, String entity) {
    }

    private final String id;
    private final Map<String, Object> meta;
    private final Set<String> labels;
    private final StringBuilder text = new StringBuilder();
    private int length; // of text, in code points
    private final List<int[]> tokenOffsets = new ArrayList<>();
    private int wordInSentence;
    private final Map<String, Deque<Integer>> openMentions = new HashMap<>();
    /** Mentions by entity number. */
    private final Map<String, List<Bracket>> entities = new LinkedHashMap<>();
    private final List<Bracket> namedEntities = new ArrayList<>();
    private String openEntityLabel;
    private int openEntityStart;

    /** @param labels the allowed named-entity labels, or null to accept any */
    Conll2012Document(String id, Map<String, Object> meta, Set<String> labels) {
        if (id.isBlank()) {
            throw new LineProblem("the document has no id");
        }
        this.id = id;
        this.meta = meta;
        this.labels = labels;
    }

    String id() {
        return id;
    }

    void addToken(String[] columns) {
        String expected = String.valueOf(wordInSentence);
        if (!columns[2].equals(expected)) {
            throw new LineProblem("word number is " + columns[2] + ", expected " + expected);
        }
        String word = columns[3];
        if (length > 0) {
            text.append(wordInSentence == 0 ? '\n' : ' ');
            length++;
        }
        int start = length;
        text.append(word);
        length += word.codePointCount(0, word.length());
        int token = tokenOffsets.size();
        tokenOffsets.add(new int[] {start, length});
        wordInSentence++;
        if (columns.length >= 12) {
            readNamedEntity(columns[10], token);
        }
        readCoreference(columns[columns.length - 1], token);
    }

    void endSentence() {
        if (openEntityLabel != null) {
            throw new LineProblem("named entity (" + openEntityLabel + " is not closed at the end of its sentence");
        }
        wordInSentence = 0;
    }

    private void readNamedEntity(String column, int token) {
        if (column.equals("*") || column.equals("-")) {
            return;
        }
        Matcher single = NE_SINGLE.matcher(column);
        Matcher open = NE_OPEN.matcher(column);
        if (single.matches() || open.matches()) {
            if (openEntityLabel != null) {
                throw new LineProblem("named entity " + column + " starts inside (" + openEntityLabel);
            }
            String label = SpanRules.checkLabel(single.matches() ? single.group(1) : open.group(1), labels,
                    "named entity");
            if (single.matches()) {
                namedEntities.add(new Bracket(token, token, label));
            } else {
                openEntityLabel = label;
                openEntityStart = token;
            }
        } else if (column.equals("*)")) {
            if (openEntityLabel == null) {
                throw new LineProblem("named entity closes with *) but none is open");
            }
            namedEntities.add(new Bracket(openEntityStart, token, openEntityLabel));
            openEntityLabel = null;
        } else {
            throw new LineProblem("invalid named-entity column '" + column + "'");
        }
    }

    private void readCoreference(String column, int token) {
        if (column.equals("-") || column.equals("_")) {
            return;
        }
        List<String> singles = new ArrayList<>();
        List<String> opens = new ArrayList<>();
        List<String> closes = new ArrayList<>();
        Matcher matcher = COREF_BRACKET.matcher(column);
        int position = 0;
        while (matcher.find()) {
            checkOnlyBars(column, position, matcher.start());
            if (matcher.group(1) != null) {
                singles.add(matcher.group(1));
            } else if (matcher.group(2) != null) {
                opens.add(matcher.group(2));
            } else {
                closes.add(matcher.group(3));
            }
            position = matcher.end();
        }
        checkOnlyBars(column, position, column.length());
        for (String entity : singles) {
            mention(entity, token, token);
        }
        for (String entity : opens) {
            openMentions.computeIfAbsent(entity, e -> new ArrayDeque<>()).push(token);
        }
        for (String entity : closes) {
            Deque<Integer> open = openMentions.get(entity);
            if (open == null || open.isEmpty()) {
                throw new LineProblem("coreference " + entity + ") closes a mention that was never opened");
            }
            mention(entity, open.pop(), token);
        }
    }

    private static void checkOnlyBars(String column, int from, int to) {
        for (int i = from; i < to; i++) {
            if (column.charAt(i) != '|') {
                throw new LineProblem("invalid coreference column '" + column + "'");
            }
        }
    }

    private void mention(String entity, int first, int last) {
        entities.computeIfAbsent(entity, e -> new ArrayList<>()).add(new Bracket(first, last, null));
    }

    CorpusDocument build() {
        if (openEntityLabel != null) {
            throw new LineProblem("named entity (" + openEntityLabel + " is never closed");
        }
        for (Map.Entry<String, Deque<Integer>> open : openMentions.entrySet()) {
            if (!open.getValue().isEmpty()) {
                throw new LineProblem("a mention of coreference entity " + open.getKey() + " is never closed");
            }
        }
        Map<List<Integer>, String> labelOfExtent = new HashMap<>();
        for (Bracket ne : namedEntities) {
            labelOfExtent.put(List.of(ne.first(), ne.last()), ne.label());
        }
        // span candidates: every mention (with its entity), then named entities that are no mention
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, List<Bracket>> entity : entities.entrySet()) {
            for (Bracket mention : entity.getValue()) {
                String label = labelOfExtent.remove(List.of(mention.first(), mention.last()));
                candidates.add(new Candidate(new Bracket(mention.first(), mention.last(), label), entity.getKey()));
            }
        }
        for (Bracket ne : namedEntities) {
            if (labelOfExtent.remove(List.of(ne.first(), ne.last())) != null) {
                candidates.add(new Candidate(ne, null));
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.bracket().first())
                .thenComparingInt(c -> -c.bracket().last()));
        List<CorpusSpan> spans = new ArrayList<>();
        Map<String, List<Long>> chainOf = new LinkedHashMap<>();
        for (String entity : entities.keySet()) {
            chainOf.put(entity, new ArrayList<>());
        }
        for (Candidate candidate : candidates) {
            Bracket bracket = candidate.bracket();
            long spanId = spans.size();
            spans.add(new CorpusSpan(spanId, tokenOffsets.get(bracket.first())[0],
                    tokenOffsets.get(bracket.last())[1], bracket.label()));
            if (candidate.entity() != null) {
                chainOf.get(candidate.entity()).add(spanId);
            }
        }
        List<String> numbers = new ArrayList<>(chainOf.keySet());
        numbers.sort(NUMERIC);
        List<List<Long>> chains = new ArrayList<>();
        for (String number : numbers) {
            if (chainOf.get(number).size() > 1) {
                chains.add(chainOf.get(number));
            }
        }
        return new CorpusDocument(id, text.toString(), null, meta, spans, chains);
    }
}
