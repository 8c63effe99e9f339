package org.tawsim.corpus.ui;

import com.vaadin.flow.component.Component;
import org.tawsim.account.UserAccount;

/** Another way for leads to add documents (e.g. annotated files), folded away beside the text upload. */
public interface DocumentImportForm {

    /** @param onImported called after documents were added, so the list shows them */
    Component create(UserAccount lead, long projectId, Runnable onImported);
}
