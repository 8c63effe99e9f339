package org.tawsim.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.tawsim.account.PasswordService;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;

/**
 * Asks before resetting someone's password, then shows the one-time password once: the admin hands it over,
 * its owner must choose their own at the next login. Closing the dialog forgets it.
 */
class PasswordResetDialog extends Dialog {

    PasswordResetDialog(UserAccount admin, UserAccount account, PasswordService passwords, Runnable onReset) {
        setId("password-reset-dialog");
        setHeaderTitle(getTranslation("admin.reset.title", account.login()));
        Paragraph explanation = new Paragraph(getTranslation("admin.reset.explain"));
        add(explanation);

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button reset = new Button(getTranslation("admin.reset"));
        reset.setId("password-reset-confirm");
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        reset.addClickListener(e -> {
            try {
                String oneTime = passwords.reset(admin, account.id());
                TextField shown = new TextField(getTranslation("admin.reset.password"));
                shown.setId("one-time-password");
                shown.setValue(oneTime);
                shown.setReadOnly(true);
                shown.setWidthFull();
                shown.setHelperText(getTranslation("admin.reset.password.help", account.login()));
                removeAll();
                add(shown);
                getFooter().removeAll();
                Button close = new Button(getTranslation("action.close"), ev -> close());
                close.setId("password-reset-close");
                close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                getFooter().add(close);
                shown.focus();
                onReset.run();
            } catch (UserError error) {
                Feedback.error(error);
                close();
            }
        });
        getFooter().add(cancel, reset);
        setCloseOnEsc(true);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reset.focus();
            }
        });
    }
}
