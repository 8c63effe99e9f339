package org.tawsim.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.tawsim.account.UserAccount;
import org.tawsim.audit.AuditService;
import org.tawsim.audit.HistoryEntry;
import org.tawsim.audit.HistoryText;
import org.tawsim.audit.HistoryTexts;
import org.tawsim.corpus.DocumentSummary;
import org.tawsim.base.ui.UserText;

/**
 * For leads: the import of one document and every change to it since (its layers, assignments, curation), newest
 * last, filterable by who did it; every kind of change in the user's language.
 */
public class HistoryDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    public HistoryDialog(UserAccount lead, DocumentSummary document, AuditService audit) {
        setId("history-dialog");
        setHeaderTitle(getTranslation("history.title", UserText.isolate(document.externalId())));
        setWidth("min(60rem, 95vw)");
        setHeight("80vh");

        Map<Long, String> annotators = audit.annotators(lead, document.id());
        ComboBox<Long> annotator = new ComboBox<>(getTranslation("history.annotator"));
        annotator.setId("history-annotator");
        annotator.setItems(annotators.keySet());
        annotator.setItemLabelGenerator(annotators::get);
        annotator.setClearButtonVisible(true);
        annotator.setPlaceholder(getTranslation("history.everyone"));

        Grid<HistoryEntry> grid = new Grid<>();
        grid.setId("history");
        grid.addColumn(e -> TIME.format(e.occurredAt().withOffsetSameInstant(ZoneOffset.UTC)))
                .setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryEntry::actorLogin).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(e -> text(HistoryTexts.kind(e.event()))).setHeader(getTranslation("history.what"))
                .setAutoWidth(true);
        grid.addColumn(e -> text(HistoryTexts.target(e.event()))).setHeader(getTranslation("history.target"))
                .setAutoWidth(true);
        grid.addColumn(e -> text(HistoryTexts.details(e.event()))).setHeader(getTranslation("history.details"))
                .setFlexGrow(1);
        grid.addColumn(HistoryEntry::revision).setHeader(getTranslation("history.revision")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setSizeFull();
        grid.setItems(audit.history(lead, document.id(), null));
        annotator.addValueChangeListener(e -> grid.setItems(audit.history(lead, document.id(), e.getValue())));

        add(annotator, grid);
        getFooter().add(new Button(getTranslation("history.close"), e -> close()));
    }

    /** In the user's language; nothing for a row whose kind says it all. */
    private String text(HistoryText text) {
        return text == null ? "" : text.render(getLocale(), this::getTranslation);
    }
}
