package org.tawsim.annotation;

import static org.tawsim.db.Tables.ANNOTATION_LAYER;
import static org.tawsim.db.Tables.CHAIN;
import static org.tawsim.db.Tables.CHAIN_MEMBER;
import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.EVENT_LOG;
import static org.tawsim.db.Tables.SPAN;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Spans, chains and the layer revision of one layer of one document: an annotator's, or the gold layer
 * (owner null). The actor is who makes the change (the annotator, or the lead curating gold).
 */
@Repository
class AnnotationRepository {

    /** The "layer" of gold events in event_log payloads (annotators' events have none). */
    static final String GOLD = "gold";

    private final DSLContext dsl;

    AnnotationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void ensureLayer(long documentId, Long annotatorId) {
        dsl.insertInto(ANNOTATION_LAYER)
                .set(ANNOTATION_LAYER.DOCUMENT_ID, documentId)
                .set(ANNOTATION_LAYER.ANNOTATOR_ID, annotatorId)
                .onConflictDoNothing()
                .execute();
    }

    /** Raises the revision if it still is the expected one; the row lock serialises a layer's writers. */
    Optional<Long> advanceRevision(long documentId, Long annotatorId, long expected) {
        return dsl.update(ANNOTATION_LAYER)
                .set(ANNOTATION_LAYER.REVISION, ANNOTATION_LAYER.REVISION.plus(1))
                .set(ANNOTATION_LAYER.UPDATED_AT, OffsetDateTime.now())
                .where(layer(documentId, annotatorId)).and(ANNOTATION_LAYER.REVISION.eq(expected))
                .returning(ANNOTATION_LAYER.REVISION)
                .fetchOptional(ANNOTATION_LAYER.REVISION);
    }

    /** The layer's revision, with its row locked until the transaction ends (the layer must exist). */
    long lockRevision(long documentId, Long annotatorId) {
        return dsl.select(ANNOTATION_LAYER.REVISION).from(ANNOTATION_LAYER).where(layer(documentId, annotatorId))
                .forUpdate().fetchSingle(ANNOTATION_LAYER.REVISION);
    }

    long revision(long documentId, Long annotatorId) {
        return dsl.select(ANNOTATION_LAYER.REVISION).from(ANNOTATION_LAYER).where(layer(documentId, annotatorId))
                .fetchOptional(ANNOTATION_LAYER.REVISION).orElse(0L);
    }

    List<Span> spans(long documentId, Long annotatorId) {
        return dsl.select(SPAN.ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL).from(SPAN)
                .where(SPAN.DOCUMENT_ID.eq(documentId).and(owner(SPAN.ANNOTATOR_ID, annotatorId)))
                .orderBy(SPAN.START_OFFSET, SPAN.END_OFFSET.desc(), SPAN.ID)
                .fetch(r -> new Span(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    List<Chain> chains(long documentId, Long annotatorId) {
        Map<Long, List<Long>> members = new LinkedHashMap<>();
        dsl.select(CHAIN.ID, CHAIN_MEMBER.SPAN_ID).from(CHAIN)
                .leftJoin(CHAIN_MEMBER).on(CHAIN_MEMBER.CHAIN_ID.eq(CHAIN.ID))
                .leftJoin(SPAN).on(SPAN.ID.eq(CHAIN_MEMBER.SPAN_ID))
                .where(CHAIN.DOCUMENT_ID.eq(documentId).and(owner(CHAIN.ANNOTATOR_ID, annotatorId)))
                .orderBy(CHAIN.ID, SPAN.START_OFFSET, SPAN.END_OFFSET.desc(), SPAN.ID)
                .forEach(r -> {
                    List<Long> list = members.computeIfAbsent(r.value1(), id -> new ArrayList<>());
                    if (r.value2() != null) {
                        list.add(r.value2());
                    }
                });
        return members.entrySet().stream().map(e -> new Chain(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /**
     * The text every span of the project's gold and of one annotator's layers covers, with its label and how often
     * (what suggestions learn from). Never another annotator's spans.
     */
    List<SurfaceForm> surfaceForms(long projectId, long annotatorId) {
        Field<String> surface = DSL.substring(DOCUMENT.TEXT, SPAN.START_OFFSET.plus(DSL.inline(1)), SPAN.END_OFFSET.minus(SPAN.START_OFFSET));
        Field<Integer> times = DSL.count();
        return dsl.select(surface, SPAN.LABEL, times).from(SPAN)
                .join(DOCUMENT).on(DOCUMENT.ID.eq(SPAN.DOCUMENT_ID))
                .where(SPAN.PROJECT_ID.eq(projectId).and(SPAN.ANNOTATOR_ID.eq(annotatorId).or(SPAN.ANNOTATOR_ID.isNull())))
                .groupBy(surface, SPAN.LABEL)
                .orderBy(surface, SPAN.LABEL)
                .fetch(r -> new SurfaceForm(r.value1(), r.value2(), r.value3()));
    }

    Optional<Span> span(long spanId, long documentId, Long annotatorId) {
        return dsl.select(SPAN.ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL).from(SPAN)
                .where(SPAN.ID.eq(spanId).and(SPAN.DOCUMENT_ID.eq(documentId)).and(owner(SPAN.ANNOTATOR_ID, annotatorId)))
                .fetchOptional(r -> new Span(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    boolean spanExists(long documentId, Long annotatorId, int start, int end, String label) {
        return dsl.fetchExists(SPAN, SPAN.DOCUMENT_ID.eq(documentId).and(owner(SPAN.ANNOTATOR_ID, annotatorId))
                .and(SPAN.START_OFFSET.eq(start)).and(SPAN.END_OFFSET.eq(end)).and(SPAN.LABEL.eq(label)));
    }

    long insertSpan(Long id, long projectId, long documentId, Long annotatorId, long actorId, int start, int end, String label) {
        var insert = dsl.insertInto(SPAN)
                .set(SPAN.DOCUMENT_ID, documentId)
                .set(SPAN.PROJECT_ID, projectId)
                .set(SPAN.ANNOTATOR_ID, annotatorId)
                .set(SPAN.START_OFFSET, start)
                .set(SPAN.END_OFFSET, end)
                .set(SPAN.LABEL, label)
                .set(SPAN.CREATED_BY, actorId)
                .set(SPAN.UPDATED_BY, actorId);
        if (id != null) {
            insert = insert.set(SPAN.ID, id);
        }
        return insert.returning(SPAN.ID).fetchOne(SPAN.ID);
    }

    int updateSpan(long spanId, long documentId, Long annotatorId, long actorId, int start, int end, String label) {
        return dsl.update(SPAN)
                .set(SPAN.START_OFFSET, start)
                .set(SPAN.END_OFFSET, end)
                .set(SPAN.LABEL, label)
                .set(SPAN.VERSION, SPAN.VERSION.plus(1))
                .set(SPAN.UPDATED_BY, actorId)
                .set(SPAN.UPDATED_AT, OffsetDateTime.now())
                .where(SPAN.ID.eq(spanId).and(SPAN.DOCUMENT_ID.eq(documentId)).and(owner(SPAN.ANNOTATOR_ID, annotatorId)))
                .execute();
    }

    int deleteSpan(long spanId, long documentId, Long annotatorId) {
        return dsl.deleteFrom(SPAN)
                .where(SPAN.ID.eq(spanId).and(SPAN.DOCUMENT_ID.eq(documentId)).and(owner(SPAN.ANNOTATOR_ID, annotatorId)))
                .execute();
    }

    Optional<Long> chainOf(long spanId) {
        return dsl.select(CHAIN_MEMBER.CHAIN_ID).from(CHAIN_MEMBER).where(CHAIN_MEMBER.SPAN_ID.eq(spanId))
                .fetchOptional(CHAIN_MEMBER.CHAIN_ID);
    }

    boolean chainExists(long chainId, long documentId, Long annotatorId) {
        return dsl.fetchExists(CHAIN, CHAIN.ID.eq(chainId).and(CHAIN.DOCUMENT_ID.eq(documentId)).and(owner(CHAIN.ANNOTATOR_ID, annotatorId)));
    }

    long insertChain(Long id, long documentId, Long annotatorId, long actorId) {
        var insert = dsl.insertInto(CHAIN)
                .set(CHAIN.DOCUMENT_ID, documentId)
                .set(CHAIN.ANNOTATOR_ID, annotatorId)
                .set(CHAIN.CREATED_BY, actorId);
        if (id != null) {
            insert = insert.set(CHAIN.ID, id);
        }
        return insert.returning(CHAIN.ID).fetchOne(CHAIN.ID);
    }

    void setChain(long spanId, long documentId, Long chainId) {
        dsl.deleteFrom(CHAIN_MEMBER).where(CHAIN_MEMBER.SPAN_ID.eq(spanId)).execute();
        if (chainId != null) {
            dsl.insertInto(CHAIN_MEMBER)
                    .set(CHAIN_MEMBER.CHAIN_ID, chainId)
                    .set(CHAIN_MEMBER.SPAN_ID, spanId)
                    .set(CHAIN_MEMBER.DOCUMENT_ID, documentId)
                    .execute();
        }
    }

    /** Chains left without mentions are removed; returns their ids. */
    List<Long> deleteEmptyChains(long documentId, Long annotatorId) {
        return dsl.deleteFrom(CHAIN)
                .where(CHAIN.DOCUMENT_ID.eq(documentId).and(owner(CHAIN.ANNOTATOR_ID, annotatorId)))
                .andNotExists(DSL.selectOne().from(CHAIN_MEMBER).where(CHAIN_MEMBER.CHAIN_ID.eq(CHAIN.ID)))
                .returning(CHAIN.ID)
                .fetch(CHAIN.ID);
    }

    /** Whether this layer once deleted the span or chain with this id (only such ids may be restored). */
    boolean deletedBefore(String kind, long id, long documentId, Long annotatorId) {
        Field<String> deletedId = DSL.field("{0} ->> 'id'", String.class, EVENT_LOG.PAYLOAD);
        Field<String> layer = DSL.field("{0} ->> 'layer'", String.class, EVENT_LOG.PAYLOAD);
        Condition whose = annotatorId == null ? layer.eq(GOLD) : EVENT_LOG.ACTOR_ID.eq(annotatorId).and(layer.isNull());
        return dsl.fetchExists(EVENT_LOG, EVENT_LOG.DOCUMENT_ID.eq(documentId).and(whose)
                .and(EVENT_LOG.KIND.eq(kind)).and(deletedId.eq(Long.toString(id))));
    }

    void log(long actorId, long projectId, long documentId, String kind, UUID opId, String payloadJson) {
        dsl.insertInto(EVENT_LOG)
                .set(EVENT_LOG.ACTOR_ID, actorId)
                .set(EVENT_LOG.PROJECT_ID, projectId)
                .set(EVENT_LOG.DOCUMENT_ID, documentId)
                .set(EVENT_LOG.KIND, kind)
                .set(EVENT_LOG.OP_ID, opId)
                .set(EVENT_LOG.PAYLOAD, JSONB.valueOf(payloadJson))
                .execute();
    }

    private static Condition layer(long documentId, Long annotatorId) {
        return ANNOTATION_LAYER.DOCUMENT_ID.eq(documentId).and(owner(ANNOTATION_LAYER.ANNOTATOR_ID, annotatorId));
    }

    /** The rows of one annotator, or of the gold layer when the owner is null. */
    private static Condition owner(Field<Long> annotatorColumn, Long annotatorId) {
        return annotatorId == null ? annotatorColumn.isNull() : annotatorColumn.eq(annotatorId);
    }
}
