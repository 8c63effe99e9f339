package org.tawsim.export.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import org.tawsim.account.UserAccount;
import org.tawsim.export.ExportManifest;
import org.tawsim.export.ExportService;
import org.tawsim.project.Project;

/**
 * A project's exports, newest first: when, in which format, what was left out (the manifest's counts) and links
 * to its files, its manifest and a zip of everything.
 */
class ExportList extends VerticalLayout {

    private final ExportService exports;
    private final UserAccount user;
    private final Grid<ExportManifest> grid = new Grid<>();

    ExportList(ExportService exports, UserAccount user) {
        this.exports = exports;
        this.user = user;
        setPadding(false);
        setSizeFull();
        grid.setId("exports");
        grid.addColumn(m -> ExportDescriptions.createdAt(m, getLocale(), this::getTranslation)).setHeader(getTranslation("export.list.created"))
                .setFlexGrow(1);
        grid.addColumn(m -> ExportDescriptions.format(m, this::getTranslation))
                .setHeader(getTranslation("export.format")).setFlexGrow(1);
        grid.addColumn(m -> String.join(", ", m.sources())).setHeader(getTranslation("export.sources")).setFlexGrow(2);
        grid.addColumn(ExportManifest::documentCount).setHeader(getTranslation("export.list.documents")).setFlexGrow(0)
                .setWidth("8em");
        grid.addColumn(m -> ExportDescriptions.leftOut(m, this::getTranslation)).setHeader(getTranslation("export.list.left-out"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::links).setHeader(getTranslation("export.list.files")).setFlexGrow(4);
        grid.setAllRowsVisible(false);
        grid.setSizeFull();
        add(grid);
        setVisible(false);
    }

    void show(Project project) {
        setVisible(project != null);
        grid.setItems(project == null ? List.of() : exports.list(user, project.id()));
    }

    private FlexLayout links(ExportManifest manifest) {
        FlexLayout links = new FlexLayout();
        links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        links.getStyle().set("gap", "0.2em 1em");
        for (ExportManifest.FileEntry file : manifest.files()) {
            links.add(download(manifest, file.name()));
        }
        links.add(download(manifest, "manifest.json"));
        // the zip is built by the HTTP API, which the browser session may call
        Anchor zip = new Anchor("api/v1/projects/" + manifest.projectId() + "/exports/" + manifest.exportId() + "/zip",
                getTranslation("export.list.zip"));
        zip.getElement().setAttribute("router-ignore", true);
        zip.getElement().setAttribute("download", true);
        links.add(zip);
        return links;
    }

    private Anchor download(ExportManifest manifest, String name) {
        Anchor anchor = new Anchor(DownloadHandler.forFile(
                exports.file(user, manifest.projectId(), manifest.exportId(), name).toFile(), name), name);
        anchor.getElement().setAttribute("dir", "ltr");
        return anchor;
    }
}
