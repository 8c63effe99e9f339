package org.tawsim.corpusimport.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.util.Locale;
import org.tawsim.account.UserAccount;
import org.tawsim.base.ui.Feedback;
import org.tawsim.base.ui.Plurals;
import org.tawsim.corpus.ui.ImportUpload;
import org.tawsim.corpusimport.CorpusImportService;
import org.tawsim.corpusimport.ImportResult;
import org.tawsim.format.CorpusFormat;
import org.tawsim.format.CorpusFormats;

/** For leads: upload annotated corpus files (our JSONL, doccano, CoNLL BIO, CoNLL-2012); each file is stored whole or not at all. */
public class AnnotatedImportForm extends VerticalLayout {

    public AnnotatedImportForm(UserAccount lead, long projectId, CorpusImportService imports, Runnable onImported) {
        setPadding(false);
        Select<CorpusFormat> format = new Select<>();
        format.setId("annotated-format");
        format.setLabel(getTranslation("corpus-import.format"));
        format.setItems(CorpusFormats.readable());
        format.setItemLabelGenerator(f -> getTranslation("corpus-import.format." + f.importName().toLowerCase(Locale.ROOT)));
        format.setValue(CorpusFormats.JSONL);

        ComboBox<String> annotator = new ComboBox<>(getTranslation("corpus-import.annotator"));
        annotator.setId("annotated-annotator");
        annotator.setItems(imports.annotators(lead, projectId));
        annotator.setClearButtonVisible(true);

        ComboBox<String> mentionLabel = new ComboBox<>(getTranslation("corpus-import.mention-label"));
        mentionLabel.setId("annotated-mention-label");
        mentionLabel.setItems(imports.labels(lead, projectId));
        mentionLabel.setClearButtonVisible(true);
        mentionLabel.setVisible(false);
        format.addValueChangeListener(e -> mentionLabel.setVisible(e.getValue() != null
                && e.getValue().mayHaveUnlabelledMentions()));

        Upload upload = ImportUpload.create(imports.uploadLimit(), getTranslation("corpus-import.drop"),
                "import.error.too-large",
                (fileName, in) -> imports.importFile(lead, projectId, format.getValue(), fileName, in,
                        annotator.getValue(), mentionLabel.isVisible() ? mentionLabel.getValue() : null),
                result -> {
                    String stored = getTranslation("corpus-import.stored", result.fileName(),
                            Plurals.count("documents", result.documentIds().size()), Plurals.count("spans", result.spans()));
                    Feedback.success(result.skippedEmpty().isEmpty() ? stored : stored + " " + getTranslation(
                            "corpus-import.skipped-empty", result.fileName(), String.join(", ", result.skippedEmpty())));
                    onImported.run();
                });
        upload.setId("annotated-upload");
        upload.setAcceptedFileTypes(".jsonl", ".json", ".conll", ".txt", ".bio", ".v4_conll", ".gold_conll");

        add(new Paragraph(getTranslation("corpus-import.help")), new HorizontalLayout(format, annotator, mentionLabel), upload);
    }
}
