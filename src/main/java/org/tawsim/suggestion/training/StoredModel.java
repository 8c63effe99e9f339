package org.tawsim.suggestion.training;

import java.time.OffsetDateTime;

/** The recommender_model row of a project without the model bytes: the last training and the model in use. */
record StoredModel(String state, String message, String evaluationJson, int documents, int trainingDocuments,
                   int heldOutDocuments, OffsetDateTime startedAt, OffsetDateTime finishedAt, OffsetDateTime trainedAt) {
}
