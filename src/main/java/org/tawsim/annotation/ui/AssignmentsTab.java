package org.tawsim.annotation.ui;

import com.vaadin.flow.component.Component;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.project.ui.ProjectPage;
import org.tawsim.project.ui.ProjectTab;

/** Who annotates which documents, for leads. */
@org.springframework.stereotype.Component
class AssignmentsTab implements ProjectTab {

    private final AssignmentService assignments;

    AssignmentsTab(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String labelKey() {
        return "project.tab.assignments";
    }

    @Override
    public boolean visibleTo(ProjectPage page) {
        return page.lead();
    }

    @Override
    public Component create(ProjectPage page) {
        return new AssignmentPanel(page.user(), page.projectId(), assignments);
    }
}
