package org.tawsim.suggestion.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.tawsim.account.UserAccount;
import org.tawsim.base.ui.Feedback;
import org.tawsim.base.ui.Plurals;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.RecommenderSettings;
import org.tawsim.suggestion.training.ModelTraining;
import org.tawsim.suggestion.training.ModelTrainingStatus;
import org.tawsim.suggestion.training.TrainingProgress;

/**
 * The OpenNLP recommender for a lead: switch, state (with progress while training), the model in use, how many more
 * curated documents start the next training, "Train now", and the held-out figures. While a training runs the page
 * polls the state every second; polling stops when it ends or the panel leaves the page.
 */
class OpenNlpPanel extends VerticalLayout {

    private static final int POLL_MILLIS = 1000;

    private final UserAccount lead;
    private final long projectId;
    private final ModelTraining training;
    private final Span state = RecommenderSwitch.note("");
    private final Span model = RecommenderSwitch.note("");
    private final Span curated = RecommenderSwitch.note("");
    private final Button train = new Button();
    private final Checkbox agreement = new Checkbox();
    private final Span agreed = RecommenderSwitch.note("");
    private final OpenNlpFigures figures = new OpenNlpFigures();
    private Registration polling;

    OpenNlpPanel(UserAccount lead, long projectId, RecommenderService recommenders, ModelTraining training) {
        this.lead = lead;
        this.projectId = projectId;
        this.training = training;
        setPadding(false);
        setId("opennlp");
        state.setId("opennlp-state");
        model.setId("opennlp-model");
        curated.setId("opennlp-curated");
        train.setText(getTranslation("opennlp.train"));
        train.setId("opennlp-train");
        train.addClickListener(e -> {
            show(training.train(lead, projectId, getLocale()));
            Feedback.success(getTranslation("opennlp.train.started"));
        });
        RecommenderSwitch toggle = new RecommenderSwitch(lead, projectId, recommenders, RecommenderSettings.OPENNLP,
                "opennlp.title", "opennlp.help");
        // switching on may start the first training (after the switch is saved): show it
        toggle.addSwitchListener(on -> refresh());
        agreement.setLabel(getTranslation("opennlp.agreement"));
        agreement.setId("opennlp-agreement");
        agreement.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(training.setTrainOnAgreement(lead, projectId, e.getValue(), getLocale()));
                Feedback.success(getTranslation("recommenders.saved"));
            }
        });
        agreed.setId("opennlp-agreed");
        add(toggle, state, model, curated, agreement, agreed, train, figures);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopPolling(detach.getUI());
        super.onDetach(detach);
    }

    private void refresh() {
        show(training.status(lead, projectId, getLocale()));
    }

    private void show(ModelTrainingStatus status) {
        state.setText(switch (status.state()) {
            case "training" -> getTranslation("opennlp.state.training", step(status.progress()));
            case "failed" -> getTranslation("opennlp.state.failed", status.message());
            default -> getTranslation("opennlp.state.idle");
        });
        state.getElement().setAttribute("data-state", status.state());
        model.setText(status.trainedAt() == null ? getTranslation("opennlp.untrained")
                : getTranslation("opennlp.trained", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(getLocale()).format(status.trainedAt().atZoneSameInstant(ZoneId.systemDefault())),
                Plurals.count("documents", status.documents()), Plurals.count("documents", status.heldOutDocuments())));
        curated.setText(status.untilNextTraining() == 0
                ? getTranslation("opennlp.curated.due", Plurals.count("documents", status.curatedDocuments()))
                : getTranslation("opennlp.curated", Plurals.count("documents", status.curatedDocuments()),
                        Plurals.count("documents", status.untilNextTraining())));
        agreement.setValue(status.trainOnAgreement());
        agreed.setText(getTranslation("opennlp.agreed", Plurals.count("documents", status.agreedDocuments())));
        agreed.setVisible(status.trainOnAgreement());
        train.setEnabled(!status.training());
        figures.show(status.labels(), status.overall());
        if (status.training()) {
            startPolling();
        } else {
            getUI().ifPresent(this::stopPolling);
        }
    }

    private String step(TrainingProgress progress) {
        if (progress == null) {
            return getTranslation("opennlp.step.queued");
        }
        return getTranslation("opennlp.step." + progress.step(), progress.done(), progress.total());
    }

    private void startPolling() {
        UI ui = getUI().orElse(null);
        if (ui == null || polling != null) {
            return;
        }
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> refresh());
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }
}
