package org.tawsim.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tawsim.account.LoginThrottle;
import org.tawsim.base.ui.UiLanguage;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginThrottle throttle;

    public LoginView(LoginThrottle throttle) {
        this.throttle = throttle;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(loginI18n(false));
        RevealButtonLabel.translate(form);

        String other = UiLanguage.isArabic(UI.getCurrent()) ? "English" : "العربية";
        Button language = new Button(other, e -> UiLanguage.toggleForAnonymous(UI.getCurrent()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("login-language");
        language.addClickShortcut(Key.KEY_L, com.vaadin.flow.component.KeyModifier.ALT);

        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")), form, language);
    }

    private LoginI18n loginI18n(boolean locked) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot-password"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(locked ? "login.locked.title" : "login.error.title"));
        error.setMessage(locked ? getTranslation("login.locked.message", throttle.lockMinutes()) : getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean locked = parameters.containsKey("locked");
        form.setI18n(loginI18n(locked));
        form.setError(locked || parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
