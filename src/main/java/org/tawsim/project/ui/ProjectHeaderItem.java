package org.tawsim.project.ui;

import com.vaadin.flow.component.Component;

/** A link or download a feature shows beside the project's name, declared as a Spring bean in its ui package. */
public interface ProjectHeaderItem {

    /** Position after the project's name, lowest first. */
    int order();

    /** Whether this user sees the item on this project's page. */
    boolean visibleTo(ProjectPage page);

    Component create(ProjectPage page);
}
