package org.tawsim.annotation;

import static org.tawsim.db.Tables.APP_USER;
import static org.tawsim.db.Tables.ASSIGNMENT;
import static org.tawsim.db.Tables.DOCUMENT;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tawsim.annotation.layer.LayerKey;
import org.tawsim.annotation.layer.LayerOwner;
import org.tawsim.annotation.layer.LayerWork;

/**
 * Reads a page of a project's documents and each annotator's work on them: a fixed number of queries per page
 * (count, page, work), however many documents and annotators.
 */
@Repository
class DocumentListRepository {

    private static final Field<Integer> LENGTH = DSL.charLength(DOCUMENT.TEXT).as("length");

    private final DSLContext dsl;

    DocumentListRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A row of the page before the annotators' work is attached. */
    record Row(long id, String externalId, String title, int length) {
    }

    /** One annotator's work on one document. */
    record Work(long documentId, long annotatorId, String login, String status, int spans, OffsetDateTime updatedAt) {
    }

    long count(long projectId, String status, Long annotatorId) {
        return dsl.fetchCount(DOCUMENT, matching(projectId, status, annotatorId));
    }

    List<Row> page(long projectId, String status, Long annotatorId, int page, int size) {
        return dsl.select(DOCUMENT.ID, DOCUMENT.EXTERNAL_ID, DOCUMENT.TITLE, LENGTH).from(DOCUMENT)
                .where(matching(projectId, status, annotatorId))
                .orderBy(DOCUMENT.EXTERNAL_ID, DOCUMENT.ID)
                .limit(size).offset((long) page * size)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * Who worked on these documents: every assignment and every annotator's layer (imported spans have a layer
     * without an assignment), with status, span count and last change; only {@code onlyAnnotator}'s if given.
     * {@code layers} is the annotators' layers of these documents.
     */
    List<Work> work(Collection<Long> documentIds, Long onlyAnnotator, List<LayerWork> layers) {
        Map<LayerKey, LayerWork> all = new HashMap<>();
        Map<LayerKey, LayerWork> layerOf = new HashMap<>(); // those with a layer row
        layers.forEach(l -> all.put(l.key(), l));
        layers.stream().filter(l -> l.updatedAt() != null).forEach(l -> layerOf.put(l.key(), l));
        Map<LayerKey, Work> work = new HashMap<>();
        dsl.select(ASSIGNMENT.DOCUMENT_ID, ASSIGNMENT.ANNOTATOR_ID, APP_USER.LOGIN, ASSIGNMENT.STATUS,
                        DSL.greatest(ASSIGNMENT.ASSIGNED_AT, ASSIGNMENT.STARTED_AT, ASSIGNMENT.FINISHED_AT))
                .from(ASSIGNMENT).join(APP_USER).on(APP_USER.ID.eq(ASSIGNMENT.ANNOTATOR_ID))
                .where(ASSIGNMENT.DOCUMENT_ID.in(documentIds))
                .and(onlyAnnotator == null ? DSL.noCondition() : ASSIGNMENT.ANNOTATOR_ID.eq(onlyAnnotator))
                .forEach(r -> {
                    LayerKey key = LayerKey.annotator(r.value1(), r.value2());
                    LayerWork layer = all.get(key);
                    work.put(key, new Work(r.value1(), r.value2(), r.value3(), r.value4(), layer == null ? 0 : layer.spans(),
                            latest(r.value5(), layer == null ? null : layer.updatedAt())));
                });
        List<Long> layerOnly = layerOf.keySet().stream().filter(k -> !work.containsKey(k))
                .map(k -> ((LayerOwner.Annotator) k.owner()).id()).distinct().toList();
        Map<Long, String> logins = layerOnly.isEmpty() ? Map.of() : dsl.select(APP_USER.ID, APP_USER.LOGIN).from(APP_USER)
                .where(APP_USER.ID.in(layerOnly)).fetchMap(APP_USER.ID, APP_USER.LOGIN);
        layerOf.forEach((key, layer) -> {
            long annotatorId = ((LayerOwner.Annotator) key.owner()).id();
            if (!work.containsKey(key) && logins.containsKey(annotatorId)) {
                work.put(key, new Work(key.documentId(), annotatorId, logins.get(annotatorId), null, layer.spans(), layer.updatedAt()));
            }
        });
        return work.values().stream()
                .sorted(Comparator.comparingLong(Work::documentId).thenComparing(Work::login)).toList();
    }

    private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** The project's documents, or those with an assignment of this status and/or annotator. */
    private static Condition matching(long projectId, String status, Long annotatorId) {
        Condition condition = DOCUMENT.PROJECT_ID.eq(projectId);
        if (status == null && annotatorId == null) {
            return condition;
        }
        Condition assignment = ASSIGNMENT.DOCUMENT_ID.eq(DOCUMENT.ID)
                .and(status == null ? DSL.noCondition() : ASSIGNMENT.STATUS.eq(status))
                .and(annotatorId == null ? DSL.noCondition() : ASSIGNMENT.ANNOTATOR_ID.eq(annotatorId));
        return condition.andExists(DSL.selectOne().from(ASSIGNMENT).where(assignment));
    }
}
