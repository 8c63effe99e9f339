package org.tawsim.project.ui;

import com.vaadin.flow.component.html.Anchor;
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
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.AccountService;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.UserAccount;
import org.tawsim.agreement.ui.AgreementView;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.ui.AssignmentPanel;
import org.tawsim.audit.AuditService;
import org.tawsim.audit.ui.HistoryDialog;
import org.tawsim.backup.BackupFile;
import org.tawsim.backup.BackupService;
import org.tawsim.backup.ui.BackupDownload;
import org.tawsim.base.UserError;
import org.tawsim.corpus.DocumentService;
import org.tawsim.corpus.ui.ProjectDocumentsPanel;
import org.tawsim.corpusimport.CorpusImportService;
import org.tawsim.corpusimport.ui.AnnotatedImportForm;
import org.tawsim.curation.CurationService;
import org.tawsim.curation.ui.CurationPanel;
import org.tawsim.project.LabelSetService;
import org.tawsim.project.Project;
import org.tawsim.project.ProjectService;
import org.tawsim.base.ui.UserText;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.ui.RecommendersPanel;

/** One project: its documents, its members and who annotates what. Changes need the lead role. */
@Route("project")
@PermitAll
public class ProjectView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final ProjectService projects;
    private final DocumentService documents;
    private final AssignmentService assignments;
    private final AccountService accounts;
    private final CorpusImportService corpusImports;
    private final CurationService curation;
    private final AuditService audit;
    private final BackupService backups;
    private final BackupFile backupFiles;
    private final LabelSetService labelSets;
    private final RecommenderService recommenders;
    private String title = "";

    public ProjectView(CurrentUser currentUser, ProjectService projects, DocumentService documents,
                       AssignmentService assignments, AccountService accounts, CorpusImportService corpusImports,
                       CurationService curation, AuditService audit, BackupService backups, BackupFile backupFiles,
                       LabelSetService labelSets, RecommenderService recommenders) {
        this.currentUser = currentUser;
        this.projects = projects;
        this.documents = documents;
        this.assignments = assignments;
        this.accounts = accounts;
        this.corpusImports = corpusImports;
        this.curation = curation;
        this.audit = audit;
        this.backups = backups;
        this.backupFiles = backupFiles;
        this.labelSets = labelSets;
        this.recommenders = recommenders;
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
        H2 heading = new H2(project.name());
        heading.getElement().setAttribute("dir", "auto");
        boolean lead = projects.canManage(user, projectId);
        HorizontalLayout header = new HorizontalLayout(heading);
        header.setAlignItems(Alignment.BASELINE);
        if (lead) {
            Anchor agreementLink = new Anchor(AgreementView.forProject(projectId), getTranslation("nav.agreement"));
            agreementLink.setId("project-agreement");
            header.add(agreementLink);
        }
        if (backups.mayBackUp(user, projectId)) {
            header.add(new BackupDownload(user, project, backups, backupFiles));
        }
        add(header);
        if (!project.description().isBlank()) {
            add(new Paragraph(project.description()));
        }
        if (lead) {
            add(new SharingSetting(user, projectId, projects));
        }
        TabSheet tabs = new TabSheet();
        tabs.setId("project-tabs");
        tabs.setSizeFull();
        ProjectDocumentsPanel documentsPanel = new ProjectDocumentsPanel(user, projectId, documents, lead,
                lead ? document -> new HistoryDialog(user, document, audit).open() : null);
        if (lead) {
            documentsPanel.addUploadForm(new AnnotatedImportForm(user, projectId, corpusImports, documentsPanel::refresh));
        }
        tabs.add(getTranslation("project.tab.documents"), documentsPanel);
        tabs.add(getTranslation("project.tab.members"), new MembersPanel(user, projectId, projects, accounts, lead));
        if (lead) {
            AssignmentPanel assignmentPanel = new AssignmentPanel(user, projectId, assignments);
            Tab assignmentsTab = tabs.add(getTranslation("project.tab.assignments"), assignmentPanel);
            // members may have been added or removed on the Members tab meanwhile
            tabs.addSelectedChangeListener(e -> {
                if (e.getSelectedTab() == assignmentsTab) {
                    assignmentPanel.refresh();
                }
            });
            tabs.add(getTranslation("project.tab.curation"), new CurationPanel(user, projectId, documents, curation));
            tabs.add(getTranslation("project.tab.labels"), new LabelsPanel(user, projectId, projects, labelSets));
            tabs.add(getTranslation("recommenders.title"), new RecommendersPanel(user, projectId, recommenders));
        }
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.projects") : title;
    }
}
