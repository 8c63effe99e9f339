package org.tawsim.suggestion.ui;

import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import java.util.List;
import org.tawsim.account.UserAccount;
import org.tawsim.suggestion.RecommenderService;

/** The lead's Suggestions tab: every recommender's section, then what annotators did with the suggestions. */
public class RecommendersPanel extends VerticalLayout {

    public RecommendersPanel(UserAccount lead, long projectId, RecommenderService recommenders, List<RecommenderSection> sections) {
        setId("recommenders");
        add(new Paragraph(getTranslation("recommenders.hint")));
        sections.stream().sorted(Comparator.comparingInt(RecommenderSection::order)).forEach(section -> {
            add(section.create(lead, projectId));
            add(new Hr());
        });
        add(new AcceptanceRates(lead, projectId, recommenders));
    }
}
