package org.tawsim.project.ui;

import com.vaadin.flow.component.Component;
import org.tawsim.project.LabelSetService;
import org.tawsim.project.ProjectService;

/** The project's label set, for leads. */
@org.springframework.stereotype.Component
class LabelsTab implements ProjectTab {

    private final ProjectService projects;
    private final LabelSetService labelSets;

    LabelsTab(ProjectService projects, LabelSetService labelSets) {
        this.projects = projects;
        this.labelSets = labelSets;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String labelKey() {
        return "project.tab.labels";
    }

    @Override
    public boolean visibleTo(ProjectPage page) {
        return page.lead();
    }

    @Override
    public Component create(ProjectPage page) {
        return new LabelsPanel(page.user(), page.projectId(), projects, labelSets);
    }
}
