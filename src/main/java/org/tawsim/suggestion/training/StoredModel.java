package org.tawsim.suggestion.training;

import java.time.OffsetDateTime;

/**
 * The recommender_model row of a project without the model bytes: the last training and the model in use.
 * {@code message} is null unless the last training failed.
 */
record StoredModel(String state, TrainingMessage message, String evaluationJson, int documents, int trainingDocuments,
                   int heldOutDocuments, OffsetDateTime startedAt, OffsetDateTime finishedAt, OffsetDateTime trainedAt) {
}
