package org.tawsim.project.ui;

import com.vaadin.flow.component.Component;

/**
 * A tab of the project page, declared as a Spring bean in the ui package of the feature it shows. The project
 * page lists the visible tabs by order, so the project feature depends on none of the features built on it.
 */
public interface ProjectTab {

    /** Position among the tabs, lowest first. */
    int order();

    /** Translation key of the tab's label. */
    String labelKey();

    /** Whether this user sees the tab on this project's page. */
    boolean visibleTo(ProjectPage page);

    Component create(ProjectPage page);
}
