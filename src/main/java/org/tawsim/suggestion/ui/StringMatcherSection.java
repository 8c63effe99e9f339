package org.tawsim.suggestion.ui;

import com.vaadin.flow.component.Component;
import org.tawsim.account.UserAccount;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.RecommenderSettings;

/** The string matcher's switch (on by default). */
@org.springframework.stereotype.Component
class StringMatcherSection implements RecommenderSection {

    private final RecommenderService recommenders;

    StringMatcherSection(RecommenderService recommenders) {
        this.recommenders = recommenders;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(UserAccount lead, long projectId) {
        return new RecommenderSwitch(lead, projectId, recommenders, RecommenderSettings.STRING_MATCHER,
                "recommenders.string-matcher", "recommenders.string-matcher.help");
    }
}
