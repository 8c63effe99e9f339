package org.tawsim.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.project.Project;
import org.tawsim.project.ProjectService;
import org.tawsim.base.ui.UserText;

/** The projects the user belongs to (all of them for an admin); leads create new ones or restore backups here. */
@Route("projects")
@PermitAll
public class ProjectsView extends VerticalLayout implements HasDynamicTitle {

    private final ProjectService projects;
    private final UserAccount user;
    private final Grid<Project> grid = new Grid<>();

    public ProjectsView(CurrentUser currentUser, ProjectService projects, List<ProjectsAction> actions) {
        this.projects = projects;
        this.user = currentUser.require();
        setId("projects-page");
        setSizeFull();

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.projects")));
        header.setAlignItems(Alignment.BASELINE);
        if (user.role() == SystemRole.ADMIN || user.role() == SystemRole.LEAD) {
            Button create = new Button(getTranslation("project.create"), VaadinIcon.PLUS.create(), e -> openCreateDialog());
            create.setId("create-project");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        actions.stream().filter(action -> action.visibleTo(user)).forEach(action -> header.add(action.create(user)));
        add(header);

        grid.setId("projects");
        UserText.column(grid, Project::name).setHeader(getTranslation("project.name")).setFlexGrow(2);
        UserText.column(grid, Project::description).setHeader(getTranslation("project.description")).setFlexGrow(4);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ProjectView.class, e.getItem().id())));
        grid.setSizeFull();
        refresh();
        add(grid);
    }

    private void refresh() {
        var visible = projects.visibleTo(user);
        grid.setItems(visible);
        grid.setVisible(!visible.isEmpty());
        if (visible.isEmpty()) {
            add(new Paragraph(getTranslation("project.none")));
        }
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("project.create"));
        TextField name = new TextField(getTranslation("project.name"));
        name.setId("project-name");
        name.setRequired(true);
        name.setMaxLength(200);
        name.setWidthFull();
        TextArea description = new TextArea(getTranslation("project.description"));
        description.setWidthFull();
        Button save = new Button(getTranslation("action.create"), e -> {
            try {
                Project created = projects.create(user, name.getValue(), description.getValue());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(ProjectView.class, created.id()));
            } catch (UserError error) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(error.messageKey(), error.args()));
            }
        });
        save.setId("project-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(name, description));
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("32em");
        dialog.open();
        name.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.projects");
    }
}
