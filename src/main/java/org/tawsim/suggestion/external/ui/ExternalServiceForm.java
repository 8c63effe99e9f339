package org.tawsim.suggestion.external.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;
import org.tawsim.base.ui.Plurals;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.RecommenderSettings;
import org.tawsim.suggestion.external.ConnectionTest;
import org.tawsim.suggestion.external.ExternalRecommenderService;
import org.tawsim.suggestion.external.ExternalSettings;
import org.tawsim.suggestion.external.ExternalSettingsChange;
import org.tawsim.suggestion.ui.RecommenderSwitch;

/**
 * The external service's switch, URL, token (write-only: an empty field keeps the stored one), timeout, Save and
 * Test connection, and what the service did lately (last success, last problem).
 */
class ExternalServiceForm extends VerticalLayout {

    private final UserAccount lead;
    private final long projectId;
    private final ExternalRecommenderService external;
    private final TextField url = new TextField();
    private final PasswordField token = new PasswordField();
    private final IntegerField timeout = new IntegerField();
    private final Span status = new Span();
    private final Span testResult = new Span();

    ExternalServiceForm(UserAccount lead, long projectId, RecommenderService recommenders, ExternalRecommenderService external) {
        this.lead = lead;
        this.projectId = projectId;
        this.external = external;
        setPadding(false);
        setId("external-recommender");
        url.setId("external-url");
        url.setLabel(getTranslation("external.url"));
        url.setHelperText(getTranslation("external.url.helper"));
        url.setWidthFull();
        url.getElement().setAttribute("dir", "ltr");
        token.setId("external-token");
        token.setLabel(getTranslation("external.token"));
        token.setWidthFull();
        timeout.setId("external-timeout");
        timeout.setLabel(getTranslation("external.timeout"));
        timeout.setMin(1);
        timeout.setMax(ExternalRecommenderService.MAX_TIMEOUT_SECONDS);
        timeout.setStepButtonsVisible(true);
        Button save = new Button(getTranslation("external.save"), e -> save());
        save.setId("external-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button test = new Button(getTranslation("external.test"), e -> test());
        test.setId("external-test");
        status.setId("external-status");
        testResult.setId("external-test-result");
        HorizontalLayout buttons = new HorizontalLayout(save, test);
        buttons.setWrap(true);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout fields = new VerticalLayout(url, token, timeout, buttons, testResult, status);
        fields.setPadding(false);
        fields.setMaxWidth("40em");
        fields.setWidthFull();
        add(new RecommenderSwitch(lead, projectId, recommenders, RecommenderSettings.EXTERNAL, "external.title", "external.help"), fields);
        show(external.settings(lead, projectId, this::getTranslation));
    }

    private void save() {
        try {
            String newToken = token.getValue().isEmpty() ? null : token.getValue();
            show(external.update(lead, projectId, new ExternalSettingsChange(url.getValue(), newToken, timeout.getValue()), getLocale()));
            token.clear();
            Feedback.success(getTranslation("external.saved"));
        } catch (UserError error) {
            Feedback.error(error);
        }
    }

    private void test() {
        ConnectionTest result = external.test(lead, projectId, this::getTranslation);
        String text;
        if (!result.ok()) {
            text = getTranslation("external.test.failed", result.problem().message());
        } else if (result.problem() != null) {
            text = getTranslation("external.test.dropped", result.millis(), result.problem().message());
        } else {
            text = getTranslation("external.test.ok", Plurals.count("spans", result.spans()), result.millis());
        }
        testResult.setText(text);
        testResult.getElement().setAttribute("data-ok", Boolean.toString(result.ok()));
        testResult.getStyle().set("color", result.ok() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        show(external.settings(lead, projectId, this::getTranslation));
    }

    private void show(ExternalSettings settings) {
        url.setValue(settings.url() == null ? "" : settings.url());
        timeout.setValue(settings.timeoutSeconds());
        token.setHelperText(getTranslation(settings.tokenSet() ? "external.token.set" : "external.token.none"));
        token.setPlaceholder(getTranslation("external.token.keep"));
        StringBuilder text = new StringBuilder();
        if (settings.lastSuccessAt() == null && settings.lastProblem() == null) {
            text.append(getTranslation("external.status.never"));
        } else {
            if (settings.lastSuccessAt() != null) {
                text.append(getTranslation("external.status.success", when(settings.lastSuccessAt()))).append(". ");
            }
            if (settings.lastProblem() != null) {
                text.append(getTranslation("external.status.problem", when(settings.lastProblem().at()), settings.lastProblem().message())).append(' ');
            }
            text.append(getTranslation("external.status.counts", settings.calls(), settings.failures(), settings.droppedSpans()));
        }
        status.setText(text.toString());
        status.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
    }

    private String when(OffsetDateTime at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(at.atZoneSameInstant(ZoneId.systemDefault()));
    }
}
