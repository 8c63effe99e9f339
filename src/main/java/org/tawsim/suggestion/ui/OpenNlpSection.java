package org.tawsim.suggestion.ui;

import com.vaadin.flow.component.Component;
import org.tawsim.account.UserAccount;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.training.ModelTraining;

/** The trained model's switch, its training state, "Train now" and its held-out figures per label. */
@org.springframework.stereotype.Component
class OpenNlpSection implements RecommenderSection {

    private final RecommenderService recommenders;
    private final ModelTraining training;

    OpenNlpSection(RecommenderService recommenders, ModelTraining training) {
        this.recommenders = recommenders;
        this.training = training;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(UserAccount lead, long projectId) {
        return new OpenNlpPanel(lead, projectId, recommenders, training);
    }
}
