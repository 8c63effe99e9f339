package org.tawsim.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.tawsim.account.AccountPrincipal;
import org.tawsim.account.PasswordPolicy;
import org.tawsim.account.PasswordService;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;

/**
 * Current password, new one, the new one again. Each refusal is shown on the field it is about. On success
 * this browser session records the new credentials version and stays open; the account's other sessions end.
 */
class PasswordChangeForm extends FormLayout {

    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    PasswordChangeForm(PasswordService passwords, UserAccount user, Runnable changed) {
        setId("password-form");
        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        fresh.setLabel(getTranslation("password.new"));
        fresh.setId("password-new");
        fresh.setHelperText(getTranslation("password.new.help", PasswordPolicy.MIN_LENGTH));
        fresh.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("password-repeat");
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        List.of(current, fresh, repeat).forEach(RevealButtonLabel::translate);

        Button change = new Button(getTranslation("password.change"), e -> {
            clearErrors();
            try {
                long version = passwords.changeOwn(user, current.getValue(), fresh.getValue(), repeat.getValue());
                keepThisSession(version);
                current.clear();
                fresh.clear();
                repeat.clear();
                changed.run();
            } catch (UserError error) {
                PasswordField field = switch (error.messageKey()) {
                    case "password.error.current" -> current;
                    case "password.error.repeat" -> repeat;
                    default -> fresh;
                };
                field.setErrorMessage(getTranslation(error.messageKey(), error.args()));
                field.setInvalid(true);
                field.focus();
            }
        });
        change.setId("password-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Enter in any of the fields submits, as on the login form.
        change.addClickShortcut(Key.ENTER).listenOn(current, fresh, repeat);
        add(current, fresh, repeat, change);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 4));
        setMaxWidth("70em");
    }

    /** This session's login moves to the new credentials version; the account's other logins are over. */
    private static void keepThisSession(long credentialsVersion) {
        AccountPrincipal.currentAfterPasswordChange(credentialsVersion).ifPresent(context -> {
            SecurityContextHolder.setContext(context);
            VaadinSession.getCurrent().getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        });
    }

    private void clearErrors() {
        for (PasswordField field : List.of(current, fresh, repeat)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    void focusFirst() {
        current.focus();
    }
}
