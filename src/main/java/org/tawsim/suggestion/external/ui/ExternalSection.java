package org.tawsim.suggestion.external.ui;

import com.vaadin.flow.component.Component;
import org.tawsim.account.UserAccount;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.external.ExternalRecommenderService;
import org.tawsim.suggestion.ui.RecommenderSection;

/** The external service's part of the lead's Suggestions tab. */
@org.springframework.stereotype.Component
class ExternalSection implements RecommenderSection {

    private final RecommenderService recommenders;
    private final ExternalRecommenderService external;

    ExternalSection(RecommenderService recommenders, ExternalRecommenderService external) {
        this.recommenders = recommenders;
        this.external = external;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create(UserAccount lead, long projectId) {
        return new ExternalServiceForm(lead, projectId, recommenders, external);
    }
}
