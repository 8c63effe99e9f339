package org.tawsim.backup;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tawsim.account.CurrentUser;

/** Backup of a whole project as one JSON file, and its restore as a new project (see docs/backup.md). */
@RestController
class BackupController {

    private final BackupService backups;
    private final CurrentUser currentUser;

    BackupController(BackupService backups, CurrentUser currentUser) {
        this.backups = backups;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/projects/{projectId}/backup")
    ResponseEntity<ProjectBackup> backup(@PathVariable long projectId) {
        ProjectBackup backup = backups.backup(currentUser.require(), projectId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"project-" + projectId + "-backup.json\"")
                .body(backup);
    }

    /** The new project's id and what the restore did beyond copying the file (see {@link RestoreReport}). */
    @PostMapping("/api/v1/projects/restore")
    Map<String, Object> restore(@RequestBody ProjectBackup backup, @RequestParam(required = false) String name) {
        RestoreReport report = backups.restoreWithReport(currentUser.require(), backup, name);
        return Map.of("projectId", report.projectId(), "accountsCreated", report.accountsCreated(),
                "creatorsReplaced", report.creatorsReplaced(), "authorship", "as recorded in the backup");
    }
}
