package org.tawsim.suggestion.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.tawsim.project.ui.ProjectPage;
import org.tawsim.project.ui.ProjectTab;
import org.tawsim.suggestion.RecommenderService;

/** The project's recommenders (which suggest spans to annotators), switched on and off by leads. */
@org.springframework.stereotype.Component
class RecommendersTab implements ProjectTab {

    private final RecommenderService recommenders;
    private final List<RecommenderSection> sections;

    RecommendersTab(RecommenderService recommenders, List<RecommenderSection> sections) {
        this.recommenders = recommenders;
        this.sections = sections;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String labelKey() {
        return "recommenders.title";
    }

    @Override
    public boolean visibleTo(ProjectPage page) {
        return page.lead();
    }

    @Override
    public Component create(ProjectPage page) {
        return new RecommendersPanel(page.user(), page.projectId(), recommenders, sections);
    }
}
