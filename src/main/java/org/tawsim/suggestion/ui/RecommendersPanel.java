package org.tawsim.suggestion.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tawsim.account.UserAccount;
import org.tawsim.base.ui.Feedback;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.RecommenderSettings;

/** The lead's switches for the recommenders that suggest spans to annotators (the string matcher is on by default). */
public class RecommendersPanel extends VerticalLayout {

    public RecommendersPanel(UserAccount lead, long projectId, RecommenderService recommenders) {
        setId("recommenders");
        Paragraph hint = new Paragraph(getTranslation("recommenders.hint"));
        Checkbox stringMatcher = new Checkbox(getTranslation("recommenders.string-matcher"));
        stringMatcher.setId("recommender-string-matcher");
        stringMatcher.setValue(recommenders.settings(lead, projectId).stringMatcher().enabled());
        stringMatcher.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            recommenders.update(lead, projectId, new RecommenderSettings(new RecommenderSettings.Switch(e.getValue())));
            Feedback.success(getTranslation("recommenders.saved"));
        });
        Paragraph help = new Paragraph(getTranslation("recommenders.string-matcher.help"));
        help.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        add(hint, stringMatcher, help);
    }
}
