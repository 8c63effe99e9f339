package org.tawsim.backup.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.OutputStream;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.UserAccount;
import org.tawsim.backup.BackupFile;
import org.tawsim.backup.BackupService;
import org.tawsim.base.UserError;
import org.tawsim.project.Project;

/**
 * The project page's "Download backup" link: the same JSON file as the HTTP API's backup, read when the link is
 * followed (not when the page opens) and named after the project and the day.
 */
public class BackupDownload extends Anchor {

    public BackupDownload(UserAccount user, Project project, BackupService backups, BackupFile files) {
        DownloadHandler handler = event -> {
            try {
                // checked again here: the link outlives the page that showed it
                var backup = backups.backup(user, project.id());
                event.setFileName(BackupFile.fileName(project.name(), LocalDate.now()));
                event.setContentType("application/json");
                try (OutputStream out = event.getOutputStream()) {
                    files.write(backup, out);
                }
            } catch (AccessDeniedException | UserError e) {
                event.getResponse().setStatus(HttpServletResponse.SC_FORBIDDEN);
            }
        };
        setHref(handler);
        setId("backup-download");
        add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("backup.download")));
        getElement().setAttribute("title", getTranslation("backup.download.help"));
        getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)");
    }
}
