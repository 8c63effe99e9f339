package org.tawsim.project;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tawsim.account.CurrentUser;

/** The project's label set over HTTP: members read it, leads (and admins) replace it (see README, Label sets). */
@RestController
class LabelSetController {

    private final ProjectService projects;
    private final LabelSetService labelSets;
    private final CurrentUser currentUser;

    LabelSetController(ProjectService projects, LabelSetService labelSets, CurrentUser currentUser) {
        this.projects = projects;
        this.labelSets = labelSets;
        this.currentUser = currentUser;
    }

    @Operation(summary = "The project's label set in toolbar order (members)")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(array = @ArraySchema(schema = @Schema(implementation = Label.class)), examples = @ExampleObject(value = LabelSetApiExamples.LABELS)))
    @GetMapping("/api/v1/projects/{projectId}/labels")
    List<Label> labels(@PathVariable long projectId) {
        return projects.labels(currentUser.require(), projectId);
    }

    @Operation(summary = "Replace the label set (leads)", description = "previousName renames a label (its spans follow); a label left out while spans use it needs relabel.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = LabelSetEdit.class), examples = @ExampleObject(value = LabelSetApiExamples.EDIT))))
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(array = @ArraySchema(schema = @Schema(implementation = Label.class)), examples = @ExampleObject(value = LabelSetApiExamples.LABELS)))
    @PutMapping("/api/v1/projects/{projectId}/labels")
    List<Label> replace(@PathVariable long projectId, @RequestBody LabelSetEdit edit) {
        return labelSets.replace(currentUser.require(), projectId, edit);
    }
}
