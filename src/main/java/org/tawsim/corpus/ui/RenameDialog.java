package org.tawsim.corpus.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;
import org.tawsim.corpus.DocumentService;
import org.tawsim.corpus.DocumentSummary;

/** A lead gives a document a better title than the one its text suggested; the text itself never changes. */
class RenameDialog extends Dialog {

    RenameDialog(UserAccount lead, DocumentSummary document, DocumentService documents, Runnable renamed) {
        setId("rename-dialog");
        setHeaderTitle(getTranslation("document.rename.title", document.externalId()));
        TextField title = new TextField(getTranslation("document.title"));
        title.setId("rename-title");
        title.setValue(document.title());
        title.getElement().setAttribute("dir", "auto");
        title.setWidth("32em");
        title.setMaxLength(500);
        add(title);

        Button save = new Button(getTranslation("document.rename.save"), e -> {
            try {
                documents.rename(lead, document.id(), title.getValue());
                Feedback.success(getTranslation("document.renamed"));
                close();
                renamed.run();
            } catch (UserError error) {
                Feedback.error(error);
            }
        });
        save.setId("rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("document.rename.cancel"), e -> close()), save);
        open();
        title.focus();
    }
}
