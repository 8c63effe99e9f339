package org.tawsim.corpus.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.tawsim.account.UserAccount;
import org.tawsim.base.ui.Feedback;
import org.tawsim.corpus.DocumentService;
import org.tawsim.corpus.DocumentSummary;
import org.tawsim.corpus.PlainTextDecoder;
import org.tawsim.base.ui.UserText;

/** The project's documents; leads upload .txt files here (one document per file). */
public class ProjectDocumentsPanel extends VerticalLayout {

    private final UserAccount user;
    private final long projectId;
    private final DocumentService documents;
    private final Grid<DocumentSummary> grid = new Grid<>();
    private final Details uploads = new Details();

    /** @param showHistory opens a document's change history, for leads; null shows no history buttons */
    public ProjectDocumentsPanel(UserAccount user, long projectId, DocumentService documents, boolean lead,
                                 Consumer<DocumentSummary> showHistory) {
        this.user = user;
        this.projectId = projectId;
        this.documents = documents;
        setPadding(false);
        setSizeFull();
        if (lead) {
            // The list gets the page: the upload forms fold away, open only while the project has no documents.
            uploads.setSummaryText(getTranslation("project.documents.add"));
            uploads.setId("document-uploads");
            uploads.add(uploadForm());
            uploads.setWidthFull();
            add(uploads);
        }
        grid.setId("documents");
        UserText.column(grid, DocumentSummary::externalId).setHeader(getTranslation("document.external-id")).setFlexGrow(1);
        UserText.titleColumn(grid, DocumentSummary::title).setHeader(getTranslation("document.title")).setFlexGrow(4)
                .setClassNameGenerator(d -> "arabic-text");
        grid.addColumn(DocumentSummary::length).setHeader(getTranslation("document.length")).setFlexGrow(0).setWidth("9em");
        if (lead) {
            grid.addComponentColumn(d -> {
                Button rename = new Button(getTranslation("document.rename"), e -> new RenameDialog(user, d, documents, this::refresh));
                rename.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                rename.setId("rename-" + d.id());
                return rename;
            }).setFlexGrow(0).setAutoWidth(true);
        }
        if (showHistory != null) {
            grid.addComponentColumn(d -> {
                Button history = new Button(getTranslation("history.open"), e -> showHistory.accept(d));
                history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                history.addClassName("document-history");
                history.setId("history-" + d.id());
                return history;
            }).setFlexGrow(0).setAutoWidth(true);
        }
        grid.setSizeFull();
        add(grid);
        setFlexGrow(1, grid);
        refresh();
        uploads.setOpened(documents.summaries(user, projectId).isEmpty());
    }

    /** Another way to add documents (e.g. annotated imports), folded away with the upload form. */
    public void addUploadForm(Component form) {
        uploads.add(form);
    }

    private VerticalLayout uploadForm() {
        Select<Charset> encoding = new Select<>();
        encoding.setId("upload-encoding");
        encoding.setLabel(getTranslation("import.encoding"));
        encoding.setItems(StandardCharsets.UTF_8, PlainTextDecoder.WINDOWS_1256);
        encoding.setItemLabelGenerator(c -> c == StandardCharsets.UTF_8 ? getTranslation("import.encoding.utf8")
                : getTranslation("import.encoding.windows1256"));
        encoding.setValue(StandardCharsets.UTF_8);

        Upload upload = ImportUpload.create(documents.uploadLimit(), getTranslation("import.drop"), "import.error.rejected",
                (fileName, in) -> documents.importTextFile(user, projectId, fileName, in,
                        encoding.getValue() == StandardCharsets.UTF_8 ? null : encoding.getValue()),
                stored -> {
                    Feedback.success(getTranslation("import.stored", stored.externalId()));
                    refresh();
                });
        upload.setId("document-upload");
        upload.setAcceptedFileTypes(".txt", "text/plain");

        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("import.help")),
                new HorizontalLayout(encoding), upload);
        form.setPadding(false);
        return form;
    }

    public void refresh() {
        grid.setItems(documents.summaries(user, projectId));
    }
}
