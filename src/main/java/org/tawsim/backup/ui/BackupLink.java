package org.tawsim.backup.ui;

import com.vaadin.flow.component.Component;
import org.tawsim.backup.BackupFile;
import org.tawsim.backup.BackupService;
import org.tawsim.project.ui.ProjectHeaderItem;
import org.tawsim.project.ui.ProjectPage;

/** Those allowed to back the project up download it from the project's page. */
@org.springframework.stereotype.Component
class BackupLink implements ProjectHeaderItem {

    private final BackupService backups;
    private final BackupFile files;

    BackupLink(BackupService backups, BackupFile files) {
        this.backups = backups;
        this.files = files;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean visibleTo(ProjectPage page) {
        return backups.mayBackUp(page.user(), page.projectId());
    }

    @Override
    public Component create(ProjectPage page) {
        return new BackupDownload(page.user(), page.project(), backups, files);
    }
}
