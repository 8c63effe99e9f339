package org.tawsim.suggestion.training;

import static org.tawsim.db.Tables.OPENNLP_OPTION;
import static org.tawsim.db.Tables.RECOMMENDER_MODEL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

/** The only code that reads and writes {@code recommender_model}. */
@Repository
class RecommenderModelRepository {

    private static final TypeReference<List<Object>> ARGS = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final ObjectMapper json;

    RecommenderModelRepository(DSLContext dsl, ObjectMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    Optional<StoredModel> find(long projectId, String recommender) {
        return dsl.select(RECOMMENDER_MODEL.STATE, RECOMMENDER_MODEL.MESSAGE_KEY, RECOMMENDER_MODEL.MESSAGE_ARGS,
                        RECOMMENDER_MODEL.EVALUATION, RECOMMENDER_MODEL.DOCUMENTS, RECOMMENDER_MODEL.TRAINING_DOCUMENTS,
                        RECOMMENDER_MODEL.HELD_OUT_DOCUMENTS, RECOMMENDER_MODEL.STARTED_AT, RECOMMENDER_MODEL.FINISHED_AT,
                        RECOMMENDER_MODEL.TRAINED_AT)
                .from(RECOMMENDER_MODEL)
                .where(RECOMMENDER_MODEL.PROJECT_ID.eq(projectId)).and(RECOMMENDER_MODEL.RECOMMENDER.eq(recommender))
                .fetchOptional(r -> new StoredModel(r.value1(), r.value2() == null ? null : new TrainingMessage(r.value2(), args(r.value3())),
                        r.value4() == null ? null : r.value4().data(), r.value5(), r.value6(), r.value7(), r.value8(),
                        r.value9(), r.value10()));
    }

    /** When the model in use was trained, or empty when none has been. */
    Optional<OffsetDateTime> trainedAt(long projectId, String recommender) {
        return dsl.select(RECOMMENDER_MODEL.TRAINED_AT).from(RECOMMENDER_MODEL)
                .where(RECOMMENDER_MODEL.PROJECT_ID.eq(projectId)).and(RECOMMENDER_MODEL.RECOMMENDER.eq(recommender))
                .fetchOptional(RECOMMENDER_MODEL.TRAINED_AT);
    }

    /** The model in use, or empty when none has been trained. */
    Optional<byte[]> model(long projectId, String recommender) {
        return dsl.select(RECOMMENDER_MODEL.MODEL).from(RECOMMENDER_MODEL)
                .where(RECOMMENDER_MODEL.PROJECT_ID.eq(projectId)).and(RECOMMENDER_MODEL.RECOMMENDER.eq(recommender))
                .and(RECOMMENDER_MODEL.MODEL.isNotNull())
                .fetchOptional(RECOMMENDER_MODEL.MODEL);
    }

    /** Records that a training started; the model in use and its figures stay until the new one is stored. */
    void started(long projectId, String recommender, OffsetDateTime at) {
        dsl.insertInto(RECOMMENDER_MODEL)
                .set(RECOMMENDER_MODEL.PROJECT_ID, projectId).set(RECOMMENDER_MODEL.RECOMMENDER, recommender)
                .set(RECOMMENDER_MODEL.STATE, "training").set(RECOMMENDER_MODEL.STARTED_AT, at)
                .onConflict(RECOMMENDER_MODEL.PROJECT_ID, RECOMMENDER_MODEL.RECOMMENDER).doUpdate()
                .set(RECOMMENDER_MODEL.STATE, "training").set(RECOMMENDER_MODEL.STARTED_AT, at)
                .setNull(RECOMMENDER_MODEL.MESSAGE_KEY).setNull(RECOMMENDER_MODEL.MESSAGE_ARGS)
                .setNull(RECOMMENDER_MODEL.FINISHED_AT)
                .execute();
    }

    /** Replaces the model and its evaluation together. */
    void trained(long projectId, String recommender, byte[] model, String evaluationJson, int trainingDocuments,
                 int heldOutDocuments, OffsetDateTime at) {
        dsl.update(RECOMMENDER_MODEL)
                .set(RECOMMENDER_MODEL.STATE, "idle").setNull(RECOMMENDER_MODEL.MESSAGE_KEY).setNull(RECOMMENDER_MODEL.MESSAGE_ARGS)
                .set(RECOMMENDER_MODEL.MODEL, model).set(RECOMMENDER_MODEL.EVALUATION, JSONB.valueOf(evaluationJson))
                .set(RECOMMENDER_MODEL.DOCUMENTS, trainingDocuments + heldOutDocuments)
                .set(RECOMMENDER_MODEL.TRAINING_DOCUMENTS, trainingDocuments)
                .set(RECOMMENDER_MODEL.HELD_OUT_DOCUMENTS, heldOutDocuments)
                .set(RECOMMENDER_MODEL.FINISHED_AT, at).set(RECOMMENDER_MODEL.TRAINED_AT, at)
                .where(RECOMMENDER_MODEL.PROJECT_ID.eq(projectId)).and(RECOMMENDER_MODEL.RECOMMENDER.eq(recommender))
                .execute();
    }

    /**
     * Records a training that gave no model; the model in use (if any) stays. {@code documents} is how many curated
     * documents it read, so that the next automatic training waits for new ones.
     */
    void failed(long projectId, String recommender, TrainingMessage message, int documents, OffsetDateTime at) {
        dsl.update(RECOMMENDER_MODEL)
                .set(RECOMMENDER_MODEL.STATE, "failed").set(RECOMMENDER_MODEL.MESSAGE_KEY, message.key())
                .set(RECOMMENDER_MODEL.MESSAGE_ARGS, JSONB.valueOf(write(message.args())))
                .set(RECOMMENDER_MODEL.DOCUMENTS, documents).set(RECOMMENDER_MODEL.FINISHED_AT, at)
                .where(RECOMMENDER_MODEL.PROJECT_ID.eq(projectId)).and(RECOMMENDER_MODEL.RECOMMENDER.eq(recommender))
                .execute();
    }

    private String write(List<Object> args) {
        try {
            return json.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Object> args(JSONB stored) {
        try {
            return stored == null ? List.of() : json.readValue(stored.data(), ARGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored message arguments are not readable", e);
        }
    }

    /** Whether a lead allowed learning from documents all annotators agree on (no row: no). */
    boolean trainOnAgreement(long projectId) {
        return dsl.select(OPENNLP_OPTION.TRAIN_ON_AGREEMENT).from(OPENNLP_OPTION).where(OPENNLP_OPTION.PROJECT_ID.eq(projectId))
                .fetchOptional(OPENNLP_OPTION.TRAIN_ON_AGREEMENT).orElse(false);
    }

    void setTrainOnAgreement(long projectId, boolean allowed, long leadId) {
        dsl.insertInto(OPENNLP_OPTION)
                .set(OPENNLP_OPTION.PROJECT_ID, projectId)
                .set(OPENNLP_OPTION.TRAIN_ON_AGREEMENT, allowed)
                .set(OPENNLP_OPTION.UPDATED_BY, leadId)
                .onConflict(OPENNLP_OPTION.PROJECT_ID).doUpdate()
                .set(OPENNLP_OPTION.TRAIN_ON_AGREEMENT, allowed)
                .set(OPENNLP_OPTION.UPDATED_BY, leadId)
                .set(OPENNLP_OPTION.UPDATED_AT, java.time.OffsetDateTime.now())
                .execute();
    }
}
