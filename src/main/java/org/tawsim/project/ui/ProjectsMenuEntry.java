package org.tawsim.project.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.stereotype.Component;
import org.tawsim.base.ui.MenuEntry;

/** The projects list, for everyone (each sees the projects they belong to). */
@Component
class ProjectsMenuEntry implements MenuEntry {

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String labelKey() {
        return "nav.projects";
    }

    @Override
    public Class<ProjectsView> view() {
        return ProjectsView.class;
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.FOLDER_O;
    }
}
