package org.tawsim.project.ui;

import com.vaadin.flow.component.Component;
import org.tawsim.account.AccountService;
import org.tawsim.project.ProjectService;

/** Who belongs to the project: everyone sees the list, leads change it. */
@org.springframework.stereotype.Component
class MembersTab implements ProjectTab {

    private final ProjectService projects;
    private final AccountService accounts;

    MembersTab(ProjectService projects, AccountService accounts) {
        this.projects = projects;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String labelKey() {
        return "project.tab.members";
    }

    @Override
    public boolean visibleTo(ProjectPage page) {
        return true;
    }

    @Override
    public Component create(ProjectPage page) {
        return new MembersPanel(page.user(), page.projectId(), projects, accounts, page.lead());
    }
}
