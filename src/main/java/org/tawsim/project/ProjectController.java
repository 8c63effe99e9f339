package org.tawsim.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tawsim.account.CurrentUser;

/**
 * Projects over HTTP, on the rules of the Projects page: admins and system leads create projects (and lead them),
 * members read theirs, leads of the project and admins change them (see docs/annotation-api.md, Projects).
 */
@RestController
class ProjectController {

    private static final String PROJECT = """
            {"id": 7, "name": "Daraa news", "description": "Syria TV articles, 2022", "role": "lead",
             "documents": 120, "sharing": false, "createdAt": "2026-12-01T09:30:00Z"}""";

    private final ProjectOverviews projects;
    private final CurrentUser currentUser;

    ProjectController(ProjectOverviews projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Create a project (admins and system leads); the creator becomes its lead",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = NewProject.class), examples = @ExampleObject(
                    value = "{\"name\": \"Daraa news\", \"description\": \"Syria TV articles, 2022\"}"))),
            responses = @ApiResponse(responseCode = "201", description = "The new project; Location names it",
                    content = @Content(schema = @Schema(implementation = ProjectOverview.class),
                            examples = @ExampleObject(value = PROJECT))))
    @PostMapping("/api/v1/projects")
    ResponseEntity<ProjectOverview> create(@RequestBody NewProject request) {
        ProjectOverview created = projects.create(currentUser.require(), request.name(), request.description());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id())).body(created);
    }

    @Operation(summary = "The caller's projects (an admin's: all of them)",
            responses = @ApiResponse(responseCode = "200", content = @Content(
                    array = @ArraySchema(schema = @Schema(implementation = ProjectOverview.class)),
                    examples = @ExampleObject(value = "[" + PROJECT + "]"))))
    @GetMapping("/api/v1/projects")
    List<ProjectOverview> list() {
        return projects.visibleTo(currentUser.require());
    }

    @Operation(summary = "One project (members and admins)",
            responses = @ApiResponse(responseCode = "200", content = @Content(
                    schema = @Schema(implementation = ProjectOverview.class), examples = @ExampleObject(value = PROJECT))))
    @GetMapping("/api/v1/projects/{projectId}")
    ProjectOverview get(@PathVariable long projectId) {
        return projects.get(currentUser.require(), projectId);
    }

    @Operation(summary = "Rename a project, change its description or sharing (leads of the project and admins)",
            description = "Fields left out stay as they are. sharing: whether annotators of a document may read each "
                    + "other's layers (false: blind annotation, the default).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = ProjectEdit.class), examples = @ExampleObject(
                    value = "{\"description\": \"Syria TV articles, 2022-2023\", \"sharing\": false}"))),
            responses = @ApiResponse(responseCode = "200", content = @Content(
                    schema = @Schema(implementation = ProjectOverview.class), examples = @ExampleObject(value = PROJECT))))
    @PatchMapping("/api/v1/projects/{projectId}")
    ProjectOverview update(@PathVariable long projectId, @RequestBody ProjectEdit edit) {
        return projects.update(currentUser.require(), projectId, edit.name(), edit.description(), edit.sharing());
    }
}
