package org.tawsim.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One document as one source (an annotator, or {@code gold}) annotated it: the interchange record of this
 * package, written by the exporters and returned by the importers.
 *
 * <p>Offsets are code points of {@code text}. {@code chains} are coreference chains as lists of span ids. The
 * constructor checks what every format relies on (spans inside the text, unique span ids, chains naming known
 * spans, no span in two chains), so writers never meet an inconsistent document and readers check before
 * building one.
 *
 * @param id     the document's identifier, not blank
 * @param source the annotator name or {@code gold}; null when the format does not say
 * @param meta   free JSON-like metadata (strings, numbers, booleans, lists, maps); never null
 */
public record CorpusDocument(String id, String text, String source, Map<String, Object> meta,
                             List<CorpusSpan> spans, List<List<Long>> chains) {

    public CorpusDocument {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a document needs an id");
        }
        Objects.requireNonNull(text, "text of document " + id);
        meta = meta == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        spans = spans == null ? List.of() : List.copyOf(spans);
        chains = chains == null ? List.of() : copyChains(chains);
        int length = text.codePointCount(0, text.length());
        Map<Long, Integer> chainOfSpan = new HashMap<>();
        for (CorpusSpan span : spans) {
            if (span.end() > length) {
                throw new IllegalArgumentException("span " + span.id() + " [" + span.start() + ", " + span.end()
                        + ") ends after the text of document " + id + " (" + length + " code points)");
            }
            if (chainOfSpan.put(span.id(), -1) != null) {
                throw new IllegalArgumentException("span id " + span.id() + " occurs twice in document " + id);
            }
        }
        for (int c = 0; c < chains.size(); c++) {
            if (chains.get(c).isEmpty()) {
                throw new IllegalArgumentException("chain " + c + " of document " + id + " is empty");
            }
            for (Long member : chains.get(c)) {
                Integer previous = chainOfSpan.get(member);
                if (previous == null) {
                    throw new IllegalArgumentException("chain " + c + " of document " + id + " names unknown span "
                            + member);
                }
                if (previous >= 0) {
                    throw new IllegalArgumentException("span " + member + " of document " + id
                            + " is in chains " + previous + " and " + c);
                }
                chainOfSpan.put(member, c);
            }
        }
    }

    public CorpusDocument(String id, String text, List<CorpusSpan> spans, List<List<Long>> chains) {
        this(id, text, null, Map.of(), spans, chains);
    }

    private static List<List<Long>> copyChains(List<List<Long>> chains) {
        List<List<Long>> copy = new ArrayList<>(chains.size());
        for (List<Long> chain : chains) {
            copy.add(List.copyOf(Objects.requireNonNull(chain, "chain")));
        }
        return List.copyOf(copy);
    }
}
