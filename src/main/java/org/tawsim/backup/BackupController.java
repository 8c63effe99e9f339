package org.tawsim.backup;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
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

    @Operation(summary = "The whole project as one JSON file (leads)", description = "See docs/backup.md.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ProjectBackup.class), examples = @ExampleObject(value = BackupApiExamples.BACKUP)))
    @GetMapping("/api/v1/projects/{projectId}/backup")
    ResponseEntity<ProjectBackup> backup(@PathVariable long projectId) {
        ProjectBackup backup = backups.backup(currentUser.require(), projectId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"project-" + projectId + "-backup.json\"")
                .body(backup);
    }

    /** The new project's id and what the restore did beyond copying the file (see {@link RestoreReport}). */
    @Operation(summary = "Restore a backup as a new project", description = "name (query) overrides the backup's name. The answer says what the restore did beyond copying the file.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ProjectBackup.class), examples = @ExampleObject(value = BackupApiExamples.BACKUP))))
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(type = "object",
            description = "projectId, accountsCreated [{login, role, roleInBackup}], creatorsReplaced [login], authorship"),
            examples = @ExampleObject(value = BackupApiExamples.RESTORED)))
    @PostMapping("/api/v1/projects/restore")
    Map<String, Object> restore(@RequestBody ProjectBackup backup, @RequestParam(required = false) String name) {
        RestoreReport report = backups.restoreWithReport(currentUser.require(), backup, name);
        return Map.of("projectId", report.projectId(), "accountsCreated", report.accountsCreated(),
                "creatorsReplaced", report.creatorsReplaced(), "authorship", "as recorded in the backup");
    }
}
