package org.tawsim.suggestion.prediction;

import static org.tawsim.db.Tables.APP_USER;
import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.SUGGESTION_PREDICTION;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The only code that writes {@code suggestion_prediction}. */
@Repository
class PredictionRepository {

    private final DSLContext dsl;

    PredictionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The project's documents among the named ones, by id or by the id the export writes. */
    List<KnownDocument> documents(long projectId, Collection<Long> ids, Collection<String> externalIds) {
        if (ids.isEmpty() && externalIds.isEmpty()) {
            return List.of();
        }
        return dsl.select(DOCUMENT.ID, DOCUMENT.EXTERNAL_ID, DOCUMENT.TEXT).from(DOCUMENT)
                .where(DOCUMENT.PROJECT_ID.eq(projectId))
                .and(DOCUMENT.ID.in(ids).or(DOCUMENT.EXTERNAL_ID.in(externalIds)))
                .fetch(r -> new KnownDocument(r.value1(), r.value2(), r.value3()));
    }

    /** Replaces the document's predictions with these. */
    void replace(long projectId, long documentId, List<Prediction> predictions, long importedBy, OffsetDateTime at) {
        dsl.deleteFrom(SUGGESTION_PREDICTION).where(SUGGESTION_PREDICTION.DOCUMENT_ID.eq(documentId)).execute();
        insert(projectId, documentId, predictions, importedBy, at);
    }

    void insert(long projectId, long documentId, List<Prediction> predictions, long importedBy, OffsetDateTime at) {
        if (predictions.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(SUGGESTION_PREDICTION, SUGGESTION_PREDICTION.PROJECT_ID, SUGGESTION_PREDICTION.DOCUMENT_ID,
                SUGGESTION_PREDICTION.START_OFFSET, SUGGESTION_PREDICTION.END_OFFSET, SUGGESTION_PREDICTION.LABEL,
                SUGGESTION_PREDICTION.SCORE, SUGGESTION_PREDICTION.IMPORTED_AT, SUGGESTION_PREDICTION.IMPORTED_BY);
        for (Prediction p : predictions) {
            insert = insert.values(projectId, documentId, p.start(), p.end(), p.label(), p.score(), at, importedBy);
        }
        insert.execute();
    }

    List<Prediction> ofDocument(long documentId) {
        return dsl.select(SUGGESTION_PREDICTION.START_OFFSET, SUGGESTION_PREDICTION.END_OFFSET, SUGGESTION_PREDICTION.LABEL,
                        SUGGESTION_PREDICTION.SCORE)
                .from(SUGGESTION_PREDICTION).where(SUGGESTION_PREDICTION.DOCUMENT_ID.eq(documentId))
                .orderBy(SUGGESTION_PREDICTION.START_OFFSET, SUGGESTION_PREDICTION.END_OFFSET, SUGGESTION_PREDICTION.LABEL)
                .fetch(r -> new Prediction(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    List<StoredPrediction> ofProject(long projectId) {
        return dsl.select(SUGGESTION_PREDICTION.DOCUMENT_ID, SUGGESTION_PREDICTION.START_OFFSET, SUGGESTION_PREDICTION.END_OFFSET,
                        SUGGESTION_PREDICTION.LABEL, SUGGESTION_PREDICTION.SCORE, SUGGESTION_PREDICTION.IMPORTED_AT,
                        SUGGESTION_PREDICTION.IMPORTED_BY)
                .from(SUGGESTION_PREDICTION).where(SUGGESTION_PREDICTION.PROJECT_ID.eq(projectId))
                .orderBy(SUGGESTION_PREDICTION.DOCUMENT_ID, SUGGESTION_PREDICTION.START_OFFSET, SUGGESTION_PREDICTION.END_OFFSET,
                        SUGGESTION_PREDICTION.LABEL)
                .fetch(r -> new StoredPrediction(r.value1(), new Prediction(r.value2(), r.value3(), r.value4(), r.value5()),
                        r.value6(), r.value7()));
    }

    PredictionCounts counts(long projectId) {
        var counts = dsl.select(DSL.countDistinct(SUGGESTION_PREDICTION.DOCUMENT_ID), DSL.count())
                .from(SUGGESTION_PREDICTION).where(SUGGESTION_PREDICTION.PROJECT_ID.eq(projectId)).fetchOne();
        Optional<PredictionCounts.LastImport> last = dsl.select(SUGGESTION_PREDICTION.IMPORTED_AT, APP_USER.LOGIN)
                .from(SUGGESTION_PREDICTION).join(APP_USER).on(APP_USER.ID.eq(SUGGESTION_PREDICTION.IMPORTED_BY))
                .where(SUGGESTION_PREDICTION.PROJECT_ID.eq(projectId))
                .orderBy(SUGGESTION_PREDICTION.IMPORTED_AT.desc()).limit(1)
                .fetchOptional(r -> new PredictionCounts.LastImport(r.value1(), r.value2()));
        return new PredictionCounts(counts.value1(), counts.value2(), last.orElse(null));
    }

    int deleteAll(long projectId) {
        return dsl.deleteFrom(SUGGESTION_PREDICTION).where(SUGGESTION_PREDICTION.PROJECT_ID.eq(projectId)).execute();
    }
}
