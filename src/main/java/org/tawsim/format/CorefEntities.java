package org.tawsim.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entities of a document as CoNLL-2012 bracket notation can write them: the document's chains in order,
 * then each span in no chain as its own entity in text order, without the mentions the notation cannot hold.
 *
 * @param entities          mentions of each entity in text order; an entity may have become empty
 * @param droppedDuplicate  mentions over the same tokens as an earlier mention
 * @param droppedCrossing   mentions crossing another mention of the same entity
 */
record CorefEntities(List<List<SpanOnTokens>> entities, int droppedDuplicate, int droppedCrossing) {

    private static final Comparator<SpanOnTokens> TEXT_ORDER = Comparator
            .comparingInt((SpanOnTokens p) -> p.tokens().first())
            .thenComparingInt(p -> -p.tokens().last())
            .thenComparingLong(p -> p.span().id());
    private static final Comparator<SpanOnTokens> OUTER_FIRST = Comparator
            .comparingInt((SpanOnTokens p) -> -p.tokens().length())
            .thenComparing(TEXT_ORDER);

    static CorefEntities of(CorpusDocument document, List<SpanOnTokens> placed) {
        List<List<SpanOnTokens>> entities = entities(document, placed);
        int duplicates = dropDuplicates(entities);
        int crossing = 0;
        for (List<SpanOnTokens> entity : entities) {
            crossing += dropCrossing(entity);
        }
        return new CorefEntities(entities, duplicates, crossing);
    }

    /** The document's chains in order, then each span in no chain as its own entity, in text order. */
    private static List<List<SpanOnTokens>> entities(CorpusDocument document, List<SpanOnTokens> placed) {
        Map<Long, SpanOnTokens> byId = new HashMap<>();
        for (SpanOnTokens p : placed) {
            byId.put(p.span().id(), p);
        }
        List<List<SpanOnTokens>> entities = new ArrayList<>();
        Set<Long> chained = new HashSet<>();
        for (List<Long> chain : document.chains()) {
            List<SpanOnTokens> mentions = new ArrayList<>();
            for (Long id : chain) {
                chained.add(id);
                SpanOnTokens p = byId.get(id);
                if (p != null) {
                    mentions.add(p);
                }
            }
            entities.add(mentions);
        }
        List<SpanOnTokens> unchained = new ArrayList<>();
        for (SpanOnTokens p : placed) {
            if (!chained.contains(p.span().id())) {
                unchained.add(p);
            }
        }
        unchained.sort(TEXT_ORDER);
        for (SpanOnTokens p : unchained) {
            entities.add(new ArrayList<>(List.of(p)));
        }
        return entities;
    }

    /** Keeps the first mention over each token range; the scorer would report a repeated mention. */
    private static int dropDuplicates(List<List<SpanOnTokens>> entities) {
        Set<TokenIndices> seen = new HashSet<>();
        int dropped = 0;
        for (List<SpanOnTokens> entity : entities) {
            int before = entity.size();
            entity.removeIf(p -> !seen.add(p.tokens()));
            dropped += before - entity.size();
        }
        return dropped;
    }

    /** Mentions of one entity must nest or be apart: "(7 (7 7) 7)" cannot say which opening a closing ends. */
    private static int dropCrossing(List<SpanOnTokens> entity) {
        List<SpanOnTokens> byPreference = new ArrayList<>(entity);
        byPreference.sort(OUTER_FIRST);
        List<SpanOnTokens> kept = new ArrayList<>();
        for (SpanOnTokens candidate : byPreference) {
            boolean crosses = false;
            for (SpanOnTokens k : kept) {
                TokenIndices a = k.tokens();
                TokenIndices b = candidate.tokens();
                if (a.overlaps(b) && !a.contains(b) && !b.contains(a)) {
                    crosses = true;
                    break;
                }
            }
            if (!crosses) {
                kept.add(candidate);
            }
        }
        int dropped = entity.size() - kept.size();
        kept.sort(TEXT_ORDER);
        entity.clear();
        entity.addAll(kept);
        return dropped;
    }
}
