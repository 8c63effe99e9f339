package org.tawsim.agreement.metric;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One annotator's entities in one document: a partition of their mentions, a mention being a
 * distinct (start, end) pair (labels play no part).
 *
 * <p>Entities are the annotator's chains, then every span that is in no chain as a singleton
 * entity: the CoNLL reference scorer v8.01 scores singletons by default, and an unlinked span is a
 * mention of an entity mentioned once. A mention repeated in a later chain (or twice in one chain)
 * keeps its first place only, as the scorer's {@code IdentifMentions} removes repeated response
 * mentions; chains left empty by that vanish.
 */
public final class CoreferencePartition {

    private final List<long[]> entities;
    private final Map<Long, Integer> entityOfMention;

    private CoreferencePartition(List<long[]> entities, Map<Long, Integer> entityOfMention) {
        this.entities = entities;
        this.entityOfMention = entityOfMention;
    }

    public static CoreferencePartition of(Collection<Span> spans, Collection<Chain> chains) {
        var entities = new ArrayList<long[]>();
        var entityOf = new HashMap<Long, Integer>();
        for (Chain chain : chains) {
            var members = new ArrayList<Long>();
            for (Span mention : chain.mentions()) {
                if (entityOf.putIfAbsent(mention.boundaryKey(), entities.size()) == null) {
                    members.add(mention.boundaryKey());
                }
            }
            if (!members.isEmpty()) {
                entities.add(members.stream().mapToLong(Long::longValue).toArray());
            }
        }
        spans.stream().sorted(Span.DOCUMENT_ORDER).forEach(span -> {
            if (entityOf.putIfAbsent(span.boundaryKey(), entities.size()) == null) {
                entities.add(new long[] {span.boundaryKey()});
            }
        });
        return new CoreferencePartition(entities, entityOf);
    }

    /** Entities given directly as chains, without extra singleton spans. */
    public static CoreferencePartition ofChains(Collection<Chain> chains) {
        return of(List.of(), chains);
    }

    public int entityCount() {
        return entities.size();
    }

    public int mentionCount() {
        return entityOfMention.size();
    }

    int entitySize(int entity) {
        return entities.get(entity).length;
    }

    long[] entity(int entity) {
        return entities.get(entity);
    }

    /** Index of the entity holding this mention, or -1. */
    int entityOf(long mention) {
        Integer entity = entityOfMention.get(mention);
        return entity == null ? -1 : entity;
    }
}
