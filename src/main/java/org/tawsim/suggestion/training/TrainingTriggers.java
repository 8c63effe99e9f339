package org.tawsim.suggestion.training;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawsim.account.UserAccount;
import org.tawsim.curation.DocumentCurated;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.RecommenderSettings;
import org.tawsim.suggestion.RecommenderSwitched;

/**
 * Starts a training by itself while the recommender is switched on: when a document is curated and when a lead
 * switches it on, if one is due ({@link ModelTraining}). Runs once the change has committed, so the training counts
 * and reads the new gold; the check runs in a transaction of its own (the committed one is over) and the training
 * itself on the training thread, so the lead's request does not wait for it.
 */
@Component
class TrainingTriggers {

    private static final Logger log = LoggerFactory.getLogger(TrainingTriggers.class);

    private final ModelTraining training;
    private final RecommenderService recommenders;
    private final TransactionTemplate ownTransaction;

    TrainingTriggers(ModelTraining training, RecommenderService recommenders, PlatformTransactionManager transactions) {
        this.training = training;
        this.recommenders = recommenders;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void curated(DocumentCurated event) {
        startIfDue(event.curator(), event.projectId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void switched(RecommenderSwitched event) {
        if (event.enabled() && RecommenderSettings.OPENNLP.equals(event.recommender())) {
            startIfDue(event.lead(), event.projectId());
        }
    }

    /** The change is saved already: a failure here must not make it look failed, so it is only logged. */
    private void startIfDue(UserAccount lead, long projectId) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                if (recommenders.enabled(projectId, RecommenderSettings.OPENNLP)) {
                    training.startIfDue(lead, projectId);
                }
            });
        } catch (RuntimeException e) {
            log.warn("Could not start a training of the OpenNLP recommender of project {}", projectId, e);
        }
    }
}
