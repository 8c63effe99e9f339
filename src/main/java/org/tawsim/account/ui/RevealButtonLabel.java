package org.tawsim.account.ui;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import elemental.json.Json;
import elemental.json.JsonObject;

/**
 * The accessible label of a password field's reveal button (the eye) in the UI language. The web component
 * keeps it in its own {@code i18n} property ({@code reveal}), which neither Flow's {@code PasswordField.setI18n}
 * (validation messages only) nor {@code LoginI18n} sets, so it would read "Show password" in every language.
 */
final class RevealButtonLabel {

    private RevealButtonLabel() {
    }

    static PasswordField translate(PasswordField field) {
        JsonObject i18n = Json.createObject();
        i18n.put("reveal", field.getTranslation("password.reveal"));
        field.getElement().setPropertyJson("i18n", i18n);
        return field;
    }

    /** The login form builds its password field in the browser, inside its own light DOM. */
    static void translate(LoginForm form) {
        form.getElement().executeJs("""
                customElements.whenDefined('vaadin-login-form').then(() => {
                  const field = this.querySelector('vaadin-password-field');
                  if (field) field.i18n = { ...field.i18n, reveal: $0 };
                });""", form.getTranslation("password.reveal"));
    }
}
