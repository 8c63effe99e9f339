package org.tawsim.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import org.tawsim.account.UserAccount;
import org.tawsim.base.ui.Plurals;
import org.tawsim.base.ui.UserText;
import org.tawsim.corpus.DocumentService;
import org.tawsim.corpus.DocumentSummary;
import org.tawsim.curation.CurationProgress;
import org.tawsim.curation.CurationService;
import org.tawsim.curation.CurationStatus;

/** The project's curation for its leads: progress, and each document's curation status with a way in. */
public class CurationPanel extends VerticalLayout {

    public CurationPanel(UserAccount lead, long projectId, DocumentService documents, CurationService curation) {
        setPadding(false);
        setSizeFull();
        CurationProgress progress = curation.progress(lead, projectId);
        Paragraph summary = new Paragraph(getTranslation("curation.progress", progress.curated(), Plurals.count("documents", progress.documents()),
                progress.inProgress()));
        summary.setId("curation-progress");
        Map<Long, CurationStatus> statuses = curation.statuses(lead, projectId);
        Grid<DocumentSummary> grid = new Grid<>();
        grid.setId("curation-documents");
        grid.addColumn(DocumentSummary::externalId).setHeader(getTranslation("document.external-id")).setFlexGrow(1);
        UserText.titleColumn(grid, DocumentSummary::title).setHeader(getTranslation("document.title")).setFlexGrow(4)
                .setClassNameGenerator(d -> "arabic-text");
        grid.addColumn(d -> getTranslation("curation.status." + (statuses.containsKey(d.id())
                ? statuses.get(d.id()).dbValue() : "not_started"))).setHeader(getTranslation("curation.status")).setFlexGrow(1);
        grid.addComponentColumn(d -> {
            Button open = new Button(getTranslation("curation.open"), e -> getUI().ifPresent(ui -> ui.navigate("curation/" + d.id())));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setId("curate-" + d.id());
            return open;
        }).setFlexGrow(0).setWidth("10em");
        grid.setItems(documents.summaries(lead, projectId));
        grid.setSizeFull();
        add(summary, grid);
    }
}
