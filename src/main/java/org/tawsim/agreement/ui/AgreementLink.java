package org.tawsim.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import org.tawsim.project.ui.ProjectHeaderItem;
import org.tawsim.project.ui.ProjectPage;

/** A lead goes from the project's page to its agreement figures. */
@org.springframework.stereotype.Component
class AgreementLink implements ProjectHeaderItem {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean visibleTo(ProjectPage page) {
        return page.lead();
    }

    @Override
    public Component create(ProjectPage page) {
        Anchor link = new Anchor(AgreementView.forProject(page.projectId()), "");
        link.setText(link.getTranslation("nav.agreement"));
        link.setId("project-agreement");
        return link;
    }
}
