package org.tawsim.curation.ui;

import com.vaadin.flow.component.Component;
import org.tawsim.corpus.DocumentService;
import org.tawsim.curation.CurationService;
import org.tawsim.project.ui.ProjectPage;
import org.tawsim.project.ui.ProjectTab;

/** Curation of the project's documents into gold, for leads. */
@org.springframework.stereotype.Component
class CurationTab implements ProjectTab {

    private final DocumentService documents;
    private final CurationService curation;

    CurationTab(DocumentService documents, CurationService curation) {
        this.documents = documents;
        this.curation = curation;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String labelKey() {
        return "project.tab.curation";
    }

    @Override
    public boolean visibleTo(ProjectPage page) {
        return page.lead();
    }

    @Override
    public Component create(ProjectPage page) {
        return new CurationPanel(page.user(), page.projectId(), documents, curation);
    }
}
