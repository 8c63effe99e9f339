package org.tawsim.annotation.layer;

import static org.tawsim.db.Tables.ANNOTATION_LAYER;
import static org.tawsim.db.Tables.CHAIN;
import static org.tawsim.db.Tables.CHAIN_MEMBER;
import static org.tawsim.db.Tables.SPAN;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Spans, chains and the revision of one layer. The actor is who makes a change (the annotator, or a lead on gold). */
@Repository
class LayerRepository {

    private final DSLContext dsl;

    LayerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void ensureLayer(LayerKey key) {
        dsl.insertInto(ANNOTATION_LAYER)
                .set(ANNOTATION_LAYER.DOCUMENT_ID, key.documentId())
                .set(ANNOTATION_LAYER.ANNOTATOR_ID, Owners.column(key.owner()))
                .onConflictDoNothing()
                .execute();
    }

    void insertLayer(LayerKey key, long revision) {
        dsl.insertInto(ANNOTATION_LAYER).set(ANNOTATION_LAYER.DOCUMENT_ID, key.documentId())
                .set(ANNOTATION_LAYER.ANNOTATOR_ID, Owners.column(key.owner())).set(ANNOTATION_LAYER.REVISION, revision)
                .execute();
    }

    Optional<Long> layerId(LayerKey key) {
        return dsl.select(ANNOTATION_LAYER.ID).from(ANNOTATION_LAYER).where(layer(key)).fetchOptional(ANNOTATION_LAYER.ID);
    }

    /** Raises the revision if it still is the expected one; the row lock serialises a layer's writers. */
    Optional<Long> advanceRevision(LayerKey key, long expected) {
        return dsl.update(ANNOTATION_LAYER)
                .set(ANNOTATION_LAYER.REVISION, ANNOTATION_LAYER.REVISION.plus(1))
                .set(ANNOTATION_LAYER.UPDATED_AT, OffsetDateTime.now())
                .where(layer(key)).and(ANNOTATION_LAYER.REVISION.eq(expected))
                .returning(ANNOTATION_LAYER.REVISION)
                .fetchOptional(ANNOTATION_LAYER.REVISION);
    }

    /** Raises the revision whatever it is (the layer must exist). */
    long raiseRevision(LayerKey key) {
        return dsl.update(ANNOTATION_LAYER)
                .set(ANNOTATION_LAYER.REVISION, ANNOTATION_LAYER.REVISION.plus(1))
                .set(ANNOTATION_LAYER.UPDATED_AT, OffsetDateTime.now())
                .where(layer(key))
                .returning(ANNOTATION_LAYER.REVISION)
                .fetchSingle(ANNOTATION_LAYER.REVISION);
    }

    /** The layer's revision, with its row locked until the transaction ends (the layer must exist). */
    long lockRevision(LayerKey key) {
        return dsl.select(ANNOTATION_LAYER.REVISION).from(ANNOTATION_LAYER).where(layer(key))
                .forUpdate().fetchSingle(ANNOTATION_LAYER.REVISION);
    }

    long revision(LayerKey key) {
        return dsl.select(ANNOTATION_LAYER.REVISION).from(ANNOTATION_LAYER).where(layer(key))
                .fetchOptional(ANNOTATION_LAYER.REVISION).orElse(0L);
    }

    List<Span> spans(LayerKey key) {
        return dsl.select(SPAN.ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL).from(SPAN)
                .where(spanOf(key))
                .orderBy(SPAN.START_OFFSET, SPAN.END_OFFSET.desc(), SPAN.ID)
                .fetch(r -> new Span(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    List<Chain> chains(LayerKey key) {
        Map<Long, List<Long>> members = new LinkedHashMap<>();
        dsl.select(CHAIN.ID, CHAIN_MEMBER.SPAN_ID).from(CHAIN)
                .leftJoin(CHAIN_MEMBER).on(CHAIN_MEMBER.CHAIN_ID.eq(CHAIN.ID))
                .leftJoin(SPAN).on(SPAN.ID.eq(CHAIN_MEMBER.SPAN_ID))
                .where(CHAIN.DOCUMENT_ID.eq(key.documentId()).and(owner(CHAIN.ANNOTATOR_ID, key.owner())))
                .orderBy(CHAIN.ID, SPAN.START_OFFSET, SPAN.END_OFFSET.desc(), SPAN.ID)
                .forEach(r -> {
                    List<Long> list = members.computeIfAbsent(r.value1(), id -> new ArrayList<>());
                    if (r.value2() != null) {
                        list.add(r.value2());
                    }
                });
        return members.entrySet().stream().map(e -> new Chain(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    Optional<Span> span(LayerKey key, long spanId) {
        return dsl.select(SPAN.ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL).from(SPAN)
                .where(SPAN.ID.eq(spanId).and(spanOf(key)))
                .fetchOptional(r -> new Span(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    boolean spanExists(LayerKey key, int start, int end, String label) {
        return dsl.fetchExists(SPAN, spanOf(key)
                .and(SPAN.START_OFFSET.eq(start)).and(SPAN.END_OFFSET.eq(end)).and(SPAN.LABEL.eq(label)));
    }

    int spanCount(LayerKey key) {
        return dsl.fetchCount(SPAN, spanOf(key));
    }

    long insertSpan(LayerKey key, Long id, long projectId, NewSpan span) {
        var insert = dsl.insertInto(SPAN)
                .set(SPAN.DOCUMENT_ID, key.documentId())
                .set(SPAN.PROJECT_ID, projectId)
                .set(SPAN.ANNOTATOR_ID, Owners.column(key.owner()))
                .set(SPAN.START_OFFSET, span.start())
                .set(SPAN.END_OFFSET, span.end())
                .set(SPAN.LABEL, span.label())
                .set(SPAN.CREATED_BY, span.createdBy())
                .set(SPAN.UPDATED_BY, span.updatedBy());
        if (span.createdAt() != null) {
            insert = insert.set(SPAN.CREATED_AT, span.createdAt());
        }
        if (span.updatedAt() != null) {
            insert = insert.set(SPAN.UPDATED_AT, span.updatedAt());
        }
        if (id != null) {
            insert = insert.set(SPAN.ID, id);
        }
        return insert.returning(SPAN.ID).fetchOne(SPAN.ID);
    }

    int updateSpan(LayerKey key, long spanId, long actorId, int start, int end, String label) {
        return dsl.update(SPAN)
                .set(SPAN.START_OFFSET, start)
                .set(SPAN.END_OFFSET, end)
                .set(SPAN.LABEL, label)
                .set(SPAN.VERSION, SPAN.VERSION.plus(1))
                .set(SPAN.UPDATED_BY, actorId)
                .set(SPAN.UPDATED_AT, OffsetDateTime.now())
                .where(SPAN.ID.eq(spanId).and(spanOf(key)))
                .execute();
    }

    int deleteSpan(LayerKey key, long spanId) {
        return dsl.deleteFrom(SPAN).where(SPAN.ID.eq(spanId).and(spanOf(key))).execute();
    }

    Optional<Long> chainOf(long spanId) {
        return dsl.select(CHAIN_MEMBER.CHAIN_ID).from(CHAIN_MEMBER).where(CHAIN_MEMBER.SPAN_ID.eq(spanId))
                .fetchOptional(CHAIN_MEMBER.CHAIN_ID);
    }

    boolean chainExists(LayerKey key, long chainId) {
        return dsl.fetchExists(CHAIN, CHAIN.ID.eq(chainId).and(CHAIN.DOCUMENT_ID.eq(key.documentId()))
                .and(owner(CHAIN.ANNOTATOR_ID, key.owner())));
    }

    long insertChain(LayerKey key, Long id, long actorId) {
        var insert = dsl.insertInto(CHAIN)
                .set(CHAIN.DOCUMENT_ID, key.documentId())
                .set(CHAIN.ANNOTATOR_ID, Owners.column(key.owner()))
                .set(CHAIN.CREATED_BY, actorId);
        if (id != null) {
            insert = insert.set(CHAIN.ID, id);
        }
        return insert.returning(CHAIN.ID).fetchOne(CHAIN.ID);
    }

    void setChain(long spanId, long documentId, Long chainId) {
        dsl.deleteFrom(CHAIN_MEMBER).where(CHAIN_MEMBER.SPAN_ID.eq(spanId)).execute();
        if (chainId != null) {
            addMember(chainId, spanId, documentId);
        }
    }

    void addMember(long chainId, long spanId, long documentId) {
        dsl.insertInto(CHAIN_MEMBER)
                .set(CHAIN_MEMBER.CHAIN_ID, chainId)
                .set(CHAIN_MEMBER.SPAN_ID, spanId)
                .set(CHAIN_MEMBER.DOCUMENT_ID, documentId)
                .execute();
    }

    /** Chains left without mentions are removed; returns their ids. */
    List<Long> deleteEmptyChains(LayerKey key) {
        return dsl.deleteFrom(CHAIN)
                .where(CHAIN.DOCUMENT_ID.eq(key.documentId()).and(owner(CHAIN.ANNOTATOR_ID, key.owner())))
                .andNotExists(DSL.selectOne().from(CHAIN_MEMBER).where(CHAIN_MEMBER.CHAIN_ID.eq(CHAIN.ID)))
                .returning(CHAIN.ID)
                .fetch(CHAIN.ID);
    }

    private static Condition layer(LayerKey key) {
        return ANNOTATION_LAYER.DOCUMENT_ID.eq(key.documentId()).and(owner(ANNOTATION_LAYER.ANNOTATOR_ID, key.owner()));
    }

    private static Condition spanOf(LayerKey key) {
        return SPAN.DOCUMENT_ID.eq(key.documentId()).and(owner(SPAN.ANNOTATOR_ID, key.owner()));
    }

    /** The rows of one owner: gold rows have no annotator. */
    static Condition owner(Field<Long> annotatorColumn, LayerOwner owner) {
        Long annotator = Owners.column(owner);
        return annotator == null ? annotatorColumn.isNull() : annotatorColumn.eq(annotator);
    }
}
