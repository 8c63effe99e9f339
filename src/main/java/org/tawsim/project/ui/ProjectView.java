package org.tawsim.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.UserText;
import org.tawsim.project.Project;
import org.tawsim.project.ProjectService;

/**
 * One project: its name, description and sharing setting, then the tabs and header links the features
 * contribute (documents, members, assignments, curation, labels). Changes need the lead role.
 */
@Route("project")
@PermitAll
public class ProjectView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final ProjectService projects;
    private final List<ProjectHeaderItem> headerItems;
    private final List<ProjectTab> tabs;
    private String title = "";

    public ProjectView(CurrentUser currentUser, ProjectService projects, List<ProjectHeaderItem> headerItems,
                       List<ProjectTab> tabs) {
        this.currentUser = currentUser;
        this.projects = projects;
        this.headerItems = headerItems.stream().sorted(Comparator.comparingInt(ProjectHeaderItem::order)).toList();
        this.tabs = tabs.stream().sorted(Comparator.comparingInt(ProjectTab::order)).toList();
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long projectId) {
        UserAccount user = currentUser.require();
        Project project;
        try {
            project = projects.get(user, projectId);
        } catch (AccessDeniedException | UserError e) {
            event.rerouteToError(NotFoundException.class, getTranslation("project.error.missing"));
            return;
        }
        title = UserText.isolate(project.name());
        removeAll();
        ProjectPage page = new ProjectPage(user, project, projects.canManage(user, projectId));
        H2 heading = new H2(project.name());
        heading.getElement().setAttribute("dir", "auto");
        HorizontalLayout header = new HorizontalLayout(heading);
        header.setAlignItems(Alignment.BASELINE);
        headerItems.stream().filter(item -> item.visibleTo(page)).forEach(item -> header.add(item.create(page)));
        add(header);
        if (!project.description().isBlank()) {
            add(new Paragraph(project.description()));
        }
        if (page.lead()) {
            add(new SharingSetting(user, projectId, projects));
        }
        add(tabSheet(page));
    }

    private TabSheet tabSheet(ProjectPage page) {
        TabSheet sheet = new TabSheet();
        sheet.setId("project-tabs");
        sheet.setSizeFull();
        Map<Tab, RefreshedOnSelection> refreshed = new HashMap<>();
        for (ProjectTab tab : tabs) {
            if (tab.visibleTo(page)) {
                Component content = tab.create(page);
                Tab added = sheet.add(getTranslation(tab.labelKey()), content);
                if (content instanceof RefreshedOnSelection refreshable) {
                    refreshed.put(added, refreshable);
                }
            }
        }
        sheet.addSelectedChangeListener(e -> {
            RefreshedOnSelection content = refreshed.get(e.getSelectedTab());
            if (content != null) {
                content.refresh();
            }
        });
        return sheet;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.projects") : title;
    }
}
