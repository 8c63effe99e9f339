package org.tawsim.suggestion.training;

import java.time.OffsetDateTime;
import java.util.List;
import org.tawsim.suggestion.model.LabelScore;

/**
 * What a lead sees of a project's OpenNLP recommender.
 *
 * @param state             {@code idle} (no training running), {@code training} or {@code failed} (the last training
 *                          gave no model: {@code message} says why; a model trained before stays in use)
 * @param messageKey        the message's translation key (stable, for scripts), or null
 * @param message           why the last training failed, in the reader's language, or null
 * @param progress          the running training's step, or null
 * @param startedAt         when the last training started, or null if none ever did
 * @param finishedAt        when it finished, or null while it runs
 * @param trainedAt         when the model in use was trained, or null if there is none
 * @param documents         curated documents the model in use learnt from and was evaluated on
 * @param curatedDocuments  curated documents in the project now
 * @param retrainAfter      how many more curated documents than the last training read start a new one
 * @param untilNextTraining how many more documents must be curated before a training starts by itself (0: due)
 * @param labels            per label, precision/recall/F1 of the model in use on its held-out documents (null = n/a)
 * @param overall           the same over all labels together
 * @param trainOnAgreement  whether a lead allowed learning from documents all their annotators agree on
 * @param agreedDocuments   such documents that are not curated (counted only while allowed; curated gold wins)
 */
public record ModelTrainingStatus(String state, String messageKey, String message, TrainingProgress progress,
                                  OffsetDateTime startedAt, OffsetDateTime finishedAt, OffsetDateTime trainedAt,
                                  int documents, int trainingDocuments, int heldOutDocuments, int curatedDocuments,
                                  int retrainAfter, int untilNextTraining, List<LabelScore> labels, LabelScore overall,
                                  boolean trainOnAgreement, int agreedDocuments) {

    public boolean training() {
        return "training".equals(state);
    }
}
