package org.tawsim.backup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.function.LongConsumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.tawsim.account.UserAccount;
import org.tawsim.backup.BackupFile;
import org.tawsim.backup.BackupService;
import org.tawsim.backup.ProjectBackup;
import org.tawsim.backup.RestoreReport;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;
import org.tawsim.base.ui.Plurals;
import org.tawsim.base.ui.UploadTexts;

/**
 * Restores a backup file as a new project: choose the file (read and checked at once, kept in memory only),
 * name the project, restore. Errors are shown in the dialog in words; nothing is stored until the restore,
 * which is all or nothing.
 */
public class RestoreDialog extends Dialog {

    private final UserAccount user;
    private final BackupService backups;
    private final LongConsumer onRestored;
    private final TextField name = new TextField();
    private final Span problem = new Span();
    private final Paragraph chosen = new Paragraph();
    private final Button restore = new Button();
    private ProjectBackup pending;

    public RestoreDialog(UserAccount user, BackupService backups, BackupFile files, LongConsumer onRestored) {
        this.user = user;
        this.backups = backups;
        this.onRestored = onRestored;
        setHeaderTitle(getTranslation("backup.restore"));
        setWidth("36em");

        Upload upload = UploadTexts.translate(new Upload(uploadHandler(files)));
        upload.setId("restore-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) files.maxBytes());
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setDropLabel(new Span(getTranslation("backup.restore.drop")));
        upload.addFileRejectedListener(e -> failed(new UserError("backup.error.refused", e.getFileName(), files.megabytes())));
        upload.addFileRemovedListener(e -> choose(null));
        UploadTexts.explainTooLarge(upload, getTranslation("backup.error.too-large", "{0}", files.megabytes()),
                fileName -> failed(new UserError("backup.error.too-large", fileName, files.megabytes())));

        chosen.setId("restore-chosen");
        problem.setId("restore-error");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        name.setId("restore-name");
        name.setLabel(getTranslation("backup.restore.name"));
        name.setMaxLength(200);
        name.setWidthFull();
        name.addValueChangeListener(e -> name.setInvalid(false));

        restore.setId("restore-start");
        restore.setText(getTranslation("backup.restore.action"));
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restore.setEnabled(false);
        restore.addClickListener(e -> restore());
        restore.setDisableOnClick(true);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());

        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("backup.restore.help", files.megabytes())),
                upload, chosen, problem, name);
        body.setPadding(false);
        add(body);
        getFooter().add(cancel, restore);
    }

    /** Runs on the upload request, outside the UI lock: parse there, show in the UI. */
    private UploadHandler uploadHandler(BackupFile files) {
        return event -> {
            UI ui = event.getUI();
            String fileName = event.getFileName();
            try (InputStream in = event.getInputStream()) {
                ProjectBackup backup = files.read(fileName, in);
                ui.access(() -> choose(backup));
            } catch (UserError error) {
                ui.access(() -> failed(error));
            }
        };
    }

    private void choose(ProjectBackup backup) {
        pending = backup;
        problem.setText("");
        chosen.setText(backup == null ? "" : getTranslation("backup.restore.chosen", backup.name(),
                Plurals.count("documents", backup.documents().size())));
        chosen.getElement().setAttribute("dir", "auto");
        if (backup != null && name.isEmpty()) {
            name.setValue(getTranslation("backup.restore.default-name", backup.name()));
        }
        restore.setEnabled(backup != null);
    }

    private void failed(UserError error) {
        pending = null;
        chosen.setText("");
        problem.setText(getTranslation(error.messageKey(), error.args()));
        restore.setEnabled(false);
        Feedback.error(error);
    }

    private void restore() {
        if (pending == null) {
            failed(new UserError("backup.error.no-file"));
            return;
        }
        try {
            String projectName = name.isEmpty() ? pending.name() : name.getValue().strip();
            RestoreReport report = backups.restoreWithReport(user, pending, projectName);
            Feedback.success(summary(report, projectName));
            close();
            onRestored.accept(report.projectId());
        } catch (UserError error) {
            restore.setEnabled(true);
            if (error.messageKey().startsWith("project.error.")) {
                name.setErrorMessage(getTranslation(error.messageKey(), error.args()));
                name.setInvalid(true);
                name.focus();
            } else {
                failed(error);
            }
        } catch (DataIntegrityViolationException refused) {
            // a file whose parts contradict each other (a span past its text, a duplicate label): nothing was stored
            failed(new UserError("backup.error.inconsistent"));
        }
    }

    /** The restore in words: documents, accounts created (and any role lowered), annotations attributed to you. */
    private String summary(RestoreReport report, String projectName) {
        StringBuilder text = new StringBuilder(getTranslation("backup.restored", projectName, Plurals.count("documents", pending.documents().size())));
        if (!report.accountsCreated().isEmpty()) {
            text.append(' ').append(getTranslation("backup.restored.accounts", Plurals.count("accounts", report.accountsCreated().size())));
        }
        report.lowered().forEach(a -> text.append(' ')
                .append(getTranslation("backup.restored.lowered", a.login(), a.roleInBackup(), a.role())));
        if (!report.creatorsReplaced().isEmpty()) {
            text.append(' ').append(getTranslation("backup.restored.replaced", String.join(", ", report.creatorsReplaced())));
        }
        return text.append(' ').append(getTranslation("backup.restored.authorship")).toString();
    }
}
