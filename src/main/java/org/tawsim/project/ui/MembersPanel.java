package org.tawsim.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.tawsim.account.AccountService;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;
import org.tawsim.project.Member;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;
import org.tawsim.base.ui.UserText;

/**
 * Who belongs to the project and in which role; leads add people, change their role or remove them (their work stays,
 * read-only, and comes back to them when they are added again).
 */
class MembersPanel extends VerticalLayout {

    private final UserAccount user;
    private final long projectId;
    private final ProjectService projects;
    private final Grid<Member> grid = new Grid<>();
    private final Grid<Member> removed = new Grid<>();
    private final H4 removedHeading = new H4();
    private final boolean lead;

    MembersPanel(UserAccount user, long projectId, ProjectService projects, AccountService accounts, boolean lead) {
        this.user = user;
        this.projectId = projectId;
        this.projects = projects;
        this.lead = lead;
        setPadding(false);
        setSizeFull();
        if (lead) {
            add(addMemberForm(accounts));
        }
        grid.setId("members");
        UserText.column(grid, Member::login).setHeader(getTranslation("account.login"));
        UserText.column(grid, Member::displayName).setHeader(getTranslation("account.display-name"));
        grid.addColumn(m -> getTranslation("project.role." + m.role().dbValue())).setHeader(getTranslation("project.role"));
        if (lead) {
            grid.addComponentColumn(this::removeButton).setFlexGrow(0).setAutoWidth(true);
        }
        grid.setSizeFull();
        add(grid);
        if (lead) {
            removedHeading.setText(getTranslation("project.member.removed.list"));
            removed.setId("removed-members");
            UserText.column(removed, Member::login).setHeader(getTranslation("account.login"));
            UserText.column(removed, Member::displayName).setHeader(getTranslation("account.display-name"));
            removed.addColumn(m -> getTranslation("project.role." + m.role().dbValue())).setHeader(getTranslation("project.role"));
            removed.setAllRowsVisible(true);
            add(removedHeading, removed);
        }
        refresh();
    }

    /** Removal asks first and says what stays: nothing of the member's work is deleted. */
    private Button removeButton(Member member) {
        Button remove = new Button(getTranslation("project.member.remove"), e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("member-remove-dialog");
            confirm.setHeader(getTranslation("project.member.remove.title", UserText.isolate(member.login())));
            confirm.setText(getTranslation("project.member.remove.text", UserText.isolate(member.displayName())));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("project.member.remove.cancel"));
            Button yes = new Button(getTranslation("project.member.remove.confirm"), c -> {
                confirm.close();
                try {
                    projects.removeMember(user, projectId, member.login());
                    Feedback.success(getTranslation("project.member.removed", member.login()));
                    refresh();
                } catch (UserError error) {
                    Feedback.error(error);
                }
            });
            yes.setId("member-remove-confirm");
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            confirm.setConfirmButton(yes);
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setId("remove-member-" + member.login());
        remove.setAriaLabel(getTranslation("project.member.remove.title", member.login()));
        return remove;
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
        if (lead) {
            List<Member> gone = projects.removedMembers(user, projectId);
            removed.setItems(gone);
            removed.setVisible(!gone.isEmpty());
            removedHeading.setVisible(!gone.isEmpty());
        }
    }
}
