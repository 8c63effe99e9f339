package org.tawsim.corpus.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.ui.ProjectPage;
import org.tawsim.project.ui.ProjectTab;

/** The project's documents, first tab for everyone; leads also get the upload forms and each document's history. */
@org.springframework.stereotype.Component
class DocumentsTab implements ProjectTab {

    private final DocumentService documents;
    private final ObjectProvider<DocumentHistory> history;
    private final List<DocumentImportForm> importForms;

    DocumentsTab(DocumentService documents, ObjectProvider<DocumentHistory> history, List<DocumentImportForm> importForms) {
        this.documents = documents;
        this.history = history;
        this.importForms = importForms;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String labelKey() {
        return "project.tab.documents";
    }

    @Override
    public boolean visibleTo(ProjectPage page) {
        return true;
    }

    @Override
    public Component create(ProjectPage page) {
        DocumentHistory shown = page.lead() ? history.getIfAvailable() : null;
        ProjectDocumentsPanel panel = new ProjectDocumentsPanel(page.user(), page.projectId(), documents, page.lead(),
                shown == null ? null : document -> shown.open(page.user(), document));
        if (page.lead()) {
            importForms.forEach(form -> panel.addUploadForm(form.create(page.user(), page.projectId(), panel::refresh)));
        }
        return panel;
    }
}
