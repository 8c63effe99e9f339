package org.tawsim.backup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.tawsim.account.UserAccount;
import org.tawsim.backup.BackupFile;
import org.tawsim.backup.BackupService;
import org.tawsim.project.ui.ProjectView;
import org.tawsim.project.ui.ProjectsAction;

/** Those allowed to restore a backup do it from the projects page, and land on the restored project. */
@org.springframework.stereotype.Component
class RestoreAction implements ProjectsAction {

    private final BackupService backups;
    private final BackupFile files;

    RestoreAction(BackupService backups, BackupFile files) {
        this.backups = backups;
        this.files = files;
    }

    @Override
    public boolean visibleTo(UserAccount user) {
        return backups.mayRestore(user);
    }

    @Override
    public Component create(UserAccount user) {
        Button restore = new Button(VaadinIcon.UPLOAD_ALT.create());
        restore.setText(restore.getTranslation("backup.restore"));
        restore.addClickListener(e -> new RestoreDialog(user, backups, files,
                id -> restore.getUI().ifPresent(ui -> ui.navigate(ProjectView.class, id))).open());
        restore.setId("restore-project");
        return restore;
    }
}
