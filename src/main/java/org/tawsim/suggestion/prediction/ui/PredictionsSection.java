package org.tawsim.suggestion.prediction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.tawsim.account.UserAccount;
import org.tawsim.base.ui.Feedback;
import org.tawsim.base.ui.Plurals;
import org.tawsim.corpus.ui.ImportUpload;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.RecommenderSettings;
import org.tawsim.suggestion.prediction.PredictionCounts;
import org.tawsim.suggestion.prediction.PredictionImportResult;
import org.tawsim.suggestion.prediction.PredictionProblem;
import org.tawsim.suggestion.prediction.PredictionService;
import org.tawsim.suggestion.prediction.PredictionsRejected;
import org.tawsim.suggestion.ui.RecommenderSection;
import org.tawsim.suggestion.ui.RecommenderSwitch;

/**
 * Imported predictions on the lead's Suggestions tab: the switch, the upload of a JSONL file (stored whole, or the
 * list of problems by line and nothing stored), what the project holds, and a confirmed "remove all".
 */
@org.springframework.stereotype.Component
class PredictionsSection implements RecommenderSection {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final RecommenderService recommenders;
    private final PredictionService predictions;

    PredictionsSection(RecommenderService recommenders, PredictionService predictions) {
        this.recommenders = recommenders;
        this.predictions = predictions;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Component create(UserAccount lead, long projectId) {
        return new Section(lead, projectId);
    }

    /** What one upload ended in: stored, or rejected with its problems. */
    private record Outcome(PredictionImportResult stored, PredictionsRejected rejected) {
    }

    private final class Section extends VerticalLayout {

        private final UserAccount lead;
        private final long projectId;
        private final Span counts = RecommenderSwitch.note("");
        private final Div result = new Div();
        private final Button remove = new Button();

        Section(UserAccount lead, long projectId) {
            this.lead = lead;
            this.projectId = projectId;
            setId("predictions-section");
            setPadding(false);
            counts.setId("predictions-counts");
            result.setId("predictions-result");
            result.getElement().setAttribute("aria-live", "polite");
            result.setWidthFull();

            Upload upload = ImportUpload.create(predictions.uploadLimit(), getTranslation("predictions.drop"),
                    "import.error.too-large", (fileName, in) -> {
                        try {
                            return new Outcome(predictions.importFile(lead, projectId, fileName, in), null);
                        } catch (PredictionsRejected rejected) {
                            return new Outcome(null, rejected);
                        }
                    }, this::show);
            upload.setId("predictions-upload");
            upload.setAcceptedFileTypes(".jsonl", ".ndjson", ".json");

            remove.setText(getTranslation("predictions.remove"));
            remove.setId("predictions-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            remove.addClickListener(e -> confirmRemoval());

            Paragraph format = new Paragraph(getTranslation("predictions.format"));
            format.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
            add(new RecommenderSwitch(lead, projectId, recommenders, RecommenderSettings.PREDICTIONS,
                    "predictions.title", "predictions.help"), counts, format, upload, result, remove);
            refresh();
        }

        private void show(Outcome outcome) {
            result.removeAll();
            if (outcome.stored() != null) {
                PredictionImportResult stored = outcome.stored();
                String text = getTranslation("predictions.stored", stored.file(),
                        Plurals.count("predictions", stored.predictions()), Plurals.count("documents", stored.documents()));
                Paragraph done = new Paragraph(text);
                done.setId("predictions-stored");
                result.add(done);
                Feedback.success(text);
            } else {
                PredictionsRejected rejected = outcome.rejected();
                Paragraph summary = new Paragraph(getTranslation(rejected.messageKey(), rejected.args()));
                summary.setId("predictions-rejected");
                summary.getStyle().set("color", "var(--lumo-error-text-color)").set("margin-bottom", "0");
                UnorderedList problems = new UnorderedList();
                problems.setId("predictions-problems");
                for (PredictionProblem problem : rejected.problems()) {
                    problems.add(new ListItem(getTranslation("predictions.line", Integer.toString(problem.line()),
                            getTranslation(problem.key(), problem.args().toArray()))));
                }
                if (rejected.count() > rejected.problems().size()) {
                    problems.add(new ListItem(getTranslation("predictions.more", Integer.toString(rejected.count() - rejected.problems().size()))));
                }
                result.add(summary, problems);
            }
            refresh();
        }

        private void confirmRemoval() {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("predictions-remove-dialog");
            confirm.setHeader(getTranslation("predictions.remove.title"));
            confirm.setText(getTranslation("predictions.remove.text"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("predictions.remove.cancel"));
            Button yes = new Button(getTranslation("predictions.remove.confirm"), c -> {
                confirm.close();
                int removed = predictions.removeAll(lead, projectId);
                Feedback.success(getTranslation("predictions.removed", Plurals.count("predictions", removed)));
                result.removeAll();
                refresh();
            });
            yes.setId("predictions-remove-confirm");
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            confirm.setConfirmButton(yes);
            confirm.open();
        }

        private void refresh() {
            PredictionCounts current = predictions.counts(lead, projectId);
            if (current.lastImport() == null) {
                counts.setText(getTranslation("predictions.none"));
            } else {
                counts.setText(getTranslation("predictions.counts", Plurals.count("predictions", current.predictions()),
                        Plurals.count("documents", current.documents()),
                        WHEN.format(current.lastImport().at().atZoneSameInstant(ZoneOffset.UTC)), current.lastImport().by()));
            }
            remove.setEnabled(current.predictions() > 0);
        }
    }
}
