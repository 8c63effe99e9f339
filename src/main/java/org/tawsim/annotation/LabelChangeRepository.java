package org.tawsim.annotation;

import static org.tawsim.db.Tables.ANNOTATION_LAYER;
import static org.tawsim.db.Tables.SPAN;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Spans of a whole project that carry one label: counted, moved to another label, and their layers touched. */
@Repository
class LabelChangeRepository {

    /** One layer holding spans of a label, and how many. */
    record LayerUse(long documentId, Long annotatorId, int spans) {
    }

    private final DSLContext dsl;

    LabelChangeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    int spansUsing(long projectId, String label) {
        return dsl.fetchCount(SPAN, SPAN.PROJECT_ID.eq(projectId).and(SPAN.LABEL.eq(label)));
    }

    List<LayerUse> layersUsing(long projectId, String label) {
        return dsl.select(SPAN.DOCUMENT_ID, SPAN.ANNOTATOR_ID, DSL.count()).from(SPAN)
                .where(SPAN.PROJECT_ID.eq(projectId).and(SPAN.LABEL.eq(label)))
                .groupBy(SPAN.DOCUMENT_ID, SPAN.ANNOTATOR_ID)
                .orderBy(SPAN.DOCUMENT_ID, SPAN.ANNOTATOR_ID.nullsFirst())
                .fetch(r -> new LayerUse(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Drops the spans of {@code from} that the same layer already has over the same text with {@code to}: after
     * the move they would be the same span twice, which the unique indexes refuse.
     */
    int deleteDuplicates(long projectId, String from, String to) {
        var other = SPAN.as("other");
        return dsl.deleteFrom(SPAN)
                .where(SPAN.PROJECT_ID.eq(projectId).and(SPAN.LABEL.eq(from)))
                .andExists(DSL.selectOne().from(other)
                        .where(other.DOCUMENT_ID.eq(SPAN.DOCUMENT_ID))
                        .and(other.ANNOTATOR_ID.isNotDistinctFrom(SPAN.ANNOTATOR_ID))
                        .and(other.START_OFFSET.eq(SPAN.START_OFFSET))
                        .and(other.END_OFFSET.eq(SPAN.END_OFFSET))
                        .and(other.LABEL.eq(to)))
                .execute();
    }

    int relabel(long projectId, String from, String to, long actorId) {
        return dsl.update(SPAN)
                .set(SPAN.LABEL, to)
                .set(SPAN.VERSION, SPAN.VERSION.plus(1))
                .set(SPAN.UPDATED_BY, actorId)
                .set(SPAN.UPDATED_AT, OffsetDateTime.now())
                .where(SPAN.PROJECT_ID.eq(projectId).and(SPAN.LABEL.eq(from)))
                .execute();
    }

    /** Raises the layer's revision, so that an editor still open on it reloads instead of writing over the change. */
    long raiseRevision(long documentId, Long annotatorId) {
        dsl.insertInto(ANNOTATION_LAYER)
                .set(ANNOTATION_LAYER.DOCUMENT_ID, documentId)
                .set(ANNOTATION_LAYER.ANNOTATOR_ID, annotatorId)
                .onConflictDoNothing()
                .execute();
        return dsl.update(ANNOTATION_LAYER)
                .set(ANNOTATION_LAYER.REVISION, ANNOTATION_LAYER.REVISION.plus(1))
                .set(ANNOTATION_LAYER.UPDATED_AT, OffsetDateTime.now())
                .where(ANNOTATION_LAYER.DOCUMENT_ID.eq(documentId))
                .and(annotatorId == null ? ANNOTATION_LAYER.ANNOTATOR_ID.isNull() : ANNOTATION_LAYER.ANNOTATOR_ID.eq(annotatorId))
                .returning(ANNOTATION_LAYER.REVISION)
                .fetchSingle(ANNOTATION_LAYER.REVISION);
    }
}
