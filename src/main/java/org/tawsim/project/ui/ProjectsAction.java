package org.tawsim.project.ui;

import com.vaadin.flow.component.Component;
import org.tawsim.account.UserAccount;

/** A button a feature adds beside "create project" on the projects page, declared as a Spring bean in its ui package. */
public interface ProjectsAction {

    /** Whether this user sees the action. */
    boolean visibleTo(UserAccount user);

    Component create(UserAccount user);
}
