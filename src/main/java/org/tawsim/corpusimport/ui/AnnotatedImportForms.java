package org.tawsim.corpusimport.ui;

import com.vaadin.flow.component.Component;
import org.tawsim.account.UserAccount;
import org.tawsim.corpus.ui.DocumentImportForm;
import org.tawsim.corpusimport.CorpusImportService;

/** Annotated corpora (CoNLL, JSONL) are imported from the project's documents tab, beside the text upload. */
@org.springframework.stereotype.Component
class AnnotatedImportForms implements DocumentImportForm {

    private final CorpusImportService imports;

    AnnotatedImportForms(CorpusImportService imports) {
        this.imports = imports;
    }

    @Override
    public Component create(UserAccount lead, long projectId, Runnable onImported) {
        return new AnnotatedImportForm(lead, projectId, imports, onImported);
    }
}
