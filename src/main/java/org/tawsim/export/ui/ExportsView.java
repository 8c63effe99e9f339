package org.tawsim.export.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;
import org.tawsim.base.ui.Plurals;
import org.tawsim.export.ExportJob;
import org.tawsim.export.ExportJobs;
import org.tawsim.export.ExportManifest;
import org.tawsim.export.ExportRequest;
import org.tawsim.export.ExportService;
import org.tawsim.export.ExportSources;
import org.tawsim.export.ExportSplit;
import org.tawsim.format.CorpusFormat;
import org.tawsim.format.CorpusFormats;
import org.tawsim.format.TagScheme;
import org.tawsim.project.Project;

/**
 * Corpus exports for leads, admins and ML engineers: choose project, format and sources, run the export in
 * the background on the export workers (the page polls for its progress in documents), then download its files;
 * earlier exports are listed below.
 * Who leads or views a project by project role may open it, whatever their system role.
 */
@Route("exports")
@PermitAll
public class ExportsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final int POLL_MILLIS = 500;

    private final ExportService exports;
    private final ExportJobs jobs;
    private final UserAccount user;
    private final ComboBox<Project> project = new ComboBox<>();
    private final Select<CorpusFormat> format = new Select<>();
    private final Select<TagScheme> scheme = new Select<>();
    private final Select<ExportSources> sources = new Select<>();
    private final ComboBox<String> annotator = new ComboBox<>();
    private final Checkbox finishedOnly = new Checkbox();
    private final Checkbox split = new Checkbox();
    private final NumberField train = ratio("export.split.train", 0.8);
    private final NumberField dev = ratio("export.split.dev", 0.1);
    private final NumberField test = ratio("export.split.test", 0.1);
    private final IntegerField seed = new IntegerField();
    private final Button start = new Button();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span progressText = new Span();
    private final ExportList list;
    private Registration polling;

    public ExportsView(CurrentUser currentUser, ExportService exports, ExportJobs jobs) {
        this.exports = exports;
        this.jobs = jobs;
        this.user = currentUser.require();
        setSizeFull();
        add(new H2(getTranslation("nav.exports")), new Paragraph(getTranslation("export.help")));
        list = new ExportList(exports, user);

        project.setId("export-project");
        project.setLabel(getTranslation("project.name"));
        List<Project> exportable = exports.exportableProjects(user);
        project.setItems(exportable);
        project.setItemLabelGenerator(Project::name);
        project.addValueChangeListener(e -> projectChosen(e.getValue()));

        format.setId("export-format");
        format.setLabel(getTranslation("export.format"));
        format.setItems(CorpusFormats.writable());
        format.setItemLabelGenerator(f -> getTranslation("export.format." + f.name().toLowerCase(Locale.ROOT)));
        format.setValue(CorpusFormats.JSONL);
        format.addValueChangeListener(e -> scheme.setEnabled(e.getValue() != null && e.getValue().takesTagScheme()));

        scheme.setId("export-scheme");
        scheme.setLabel(getTranslation("export.scheme"));
        scheme.setItems(TagScheme.values());
        scheme.setValue(TagScheme.IOB2);
        scheme.setEnabled(false);

        sources.setId("export-sources");
        sources.setLabel(getTranslation("export.sources"));
        sources.setItems(ExportSources.values());
        sources.setItemLabelGenerator(s -> getTranslation("export.sources." + s.name().toLowerCase(Locale.ROOT)));
        sources.setValue(ExportSources.ALL_ANNOTATORS);
        sources.addValueChangeListener(e -> {
            annotator.setVisible(e.getValue() == ExportSources.ANNOTATOR);
            // gold holds curated documents only: the option is for annotators' layers
            finishedOnly.setEnabled(e.getValue() != ExportSources.GOLD);
        });

        finishedOnly.setId("export-finished-only");
        finishedOnly.setLabel(getTranslation("export.finished-only"));
        finishedOnly.setHelperText(getTranslation("export.finished-only.help"));
        finishedOnly.setValue(true);

        annotator.setId("export-annotator");
        annotator.setLabel(getTranslation("export.annotator"));
        annotator.setVisible(false);

        split.setId("export-split");
        split.setLabel(getTranslation("export.split"));
        seed.setLabel(getTranslation("export.split.seed"));
        seed.setValue(42);
        HorizontalLayout ratios = new HorizontalLayout(train, dev, test, seed);
        ratios.setVisible(false);
        split.addValueChangeListener(e -> ratios.setVisible(e.getValue()));

        start.setId("export-start");
        start.setText(getTranslation("export.start"));
        start.setIcon(VaadinIcon.DOWNLOAD.create());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(e -> startExport());
        progress.setId("export-progress");
        progress.setVisible(false);
        progress.setWidth("20em");
        // always in the page (empty until an export starts): it keeps the result after the bar is gone
        progressText.setId("export-progress-text");
        addDetachListener(e -> stopPolling());

        HorizontalLayout choices = new HorizontalLayout(project, format, scheme, sources, annotator);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        choices.setWrap(true);
        HorizontalLayout action = new HorizontalLayout(start, progress, progressText);
        action.setAlignItems(FlexComponent.Alignment.CENTER);
        add(choices, finishedOnly, split, ratios, action, list);
        if (exportable.size() == 1) {
            project.setValue(exportable.get(0));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!exports.mayOpenExports(user)) {
            event.rerouteToError(NotFoundException.class, getTranslation("export.no-projects"));
        }
    }

    private NumberField ratio(String key, double value) {
        NumberField field = new NumberField(getTranslation(key));
        field.setMin(0);
        field.setMax(1);
        field.setStep(0.05);
        field.setValue(value);
        field.setWidth("7em");
        return field;
    }

    private void projectChosen(Project chosen) {
        start.setEnabled(chosen != null);
        annotator.setItems(chosen == null ? List.of() : exports.annotators(user, chosen.id()));
        list.show(chosen);
    }

    private void startExport() {
        Project chosen = project.getValue();
        ExportJob job;
        try {
            ExportSplit parts = split.getValue()
                    ? new ExportSplit(orZero(train), orZero(dev), orZero(test), seed.getValue() == null ? 0 : seed.getValue())
                    : null;
            job = jobs.start(user, chosen.id(), new ExportRequest(format.getValue(), scheme.getValue(), sources.getValue(),
                    annotator.getValue(), parts, finishedOnly.getValue()));
        } catch (UserError error) {
            Feedback.error(error);
            return;
        }
        start.setEnabled(false);
        progress.setVisible(true);
        // the job runs on the export workers; the page looks at it when the browser polls, so the progress line
        // always shows before the result, however fast the export
        showCount(job);
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> showProgress(job));
    }

    private void showCount(ExportJob job) {
        int total = job.documentsTotal();
        progress.setValue(total == 0 ? 0 : Math.min(1, (double) job.documentsDone() / total));
        progressText.setText(getTranslation("export.progress", job.documentsDone(), total));
    }

    private void showProgress(ExportJob job) {
        showCount(job);
        switch (job.status()) {
            case RUNNING -> {
            }
            case DONE -> finished(() -> {
                ExportManifest manifest = job.manifest();
                String done = getTranslation("export.done", Plurals.count("files", manifest.files().size()),
                        Plurals.count("documents", manifest.documentCount()));
                progressText.setText(done);
                Feedback.success(done);
            });
            case FAILED -> finished(() -> {
                UserError error = job.failure() instanceof UserError known ? known : new UserError("export.error.failed");
                progressText.setText(getTranslation(error.messageKey(), error.args()));
                Feedback.error(error);
            });
        }
    }

    private void finished(Runnable feedback) {
        stopPolling();
        progress.setVisible(false);
        start.setEnabled(project.getValue() != null);
        feedback.run();
        list.show(project.getValue());
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private static double orZero(NumberField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.exports");
    }
}
