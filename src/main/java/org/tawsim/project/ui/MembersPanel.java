package org.tawsim.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.tawsim.account.AccountService;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;
import org.tawsim.project.Member;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;
import org.tawsim.base.ui.UserText;

/** Who belongs to the project and in which role; leads add people or change their role. */
class MembersPanel extends VerticalLayout {

    private final UserAccount user;
    private final long projectId;
    private final ProjectService projects;
    private final Grid<Member> grid = new Grid<>();

    MembersPanel(UserAccount user, long projectId, ProjectService projects, AccountService accounts, boolean lead) {
        this.user = user;
        this.projectId = projectId;
        this.projects = projects;
        setPadding(false);
        setSizeFull();
        if (lead) {
            add(addMemberForm(accounts));
        }
        grid.setId("members");
        UserText.column(grid, Member::login).setHeader(getTranslation("account.login"));
        UserText.column(grid, Member::displayName).setHeader(getTranslation("account.display-name"));
        grid.addColumn(m -> getTranslation("project.role." + m.role().dbValue())).setHeader(getTranslation("project.role"));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    private HorizontalLayout addMemberForm(AccountService accounts) {
        ComboBox<UserAccount> person = new ComboBox<>(getTranslation("project.member.person"));
        person.setId("member-person");
        person.setItems(accounts.all().stream().filter(UserAccount::enabled).toList());
        person.setItemLabelGenerator(a -> UserText.isolate(a.displayName()) + " (" + UserText.isolate(a.login()) + ")");
        Select<ProjectRole> role = new Select<>();
        role.setLabel(getTranslation("project.role"));
        role.setId("member-role");
        role.setItems(ProjectRole.values());
        role.setItemLabelGenerator(r -> getTranslation("project.role." + r.dbValue()));
        role.setValue(ProjectRole.ANNOTATOR);
        Button add = new Button(getTranslation("project.member.add"), e -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("project.member.choose"));
                return;
            }
            try {
                projects.addMember(user, projectId, person.getValue().login(), role.getValue());
                Feedback.success(getTranslation("project.member.added", person.getValue().login()));
                person.clear();
                refresh();
            } catch (UserError error) {
                Feedback.error(error);
            }
        });
        add.setId("member-add");
        HorizontalLayout form = new HorizontalLayout(person, role, add);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private void refresh() {
        grid.setItems(projects.members(user, projectId));
    }
}
