package org.tawsim.project.ui;

import org.tawsim.account.UserAccount;
import org.tawsim.project.Project;

/** One user looking at one project's page; lead says whether they may change it. */
public record ProjectPage(UserAccount user, Project project, boolean lead) {

    public long projectId() {
        return project.id();
    }
}
