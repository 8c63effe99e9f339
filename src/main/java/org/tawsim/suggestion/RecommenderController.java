package org.tawsim.suggestion;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tawsim.account.CurrentUser;

/** A project's recommender switches over HTTP: members read them, leads set them. */
@RestController
class RecommenderController {

    private final RecommenderService recommenders;
    private final CurrentUser currentUser;

    RecommenderController(RecommenderService recommenders, CurrentUser currentUser) {
        this.recommenders = recommenders;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Which recommenders run in the project (members)")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RecommenderSettings.class), examples = @ExampleObject(value = SuggestionApiExamples.SETTINGS)))
    @GetMapping("/api/v1/projects/{projectId}/recommenders")
    RecommenderSettings settings(@PathVariable long projectId) {
        return recommenders.settings(currentUser.require(), projectId);
    }

    @Operation(summary = "Switch recommenders on or off (leads)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecommenderSettings.class), examples = @ExampleObject(value = SuggestionApiExamples.SETTINGS))))
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RecommenderSettings.class), examples = @ExampleObject(value = SuggestionApiExamples.SETTINGS)))
    @PutMapping("/api/v1/projects/{projectId}/recommenders")
    RecommenderSettings update(@PathVariable long projectId, @RequestBody RecommenderSettings settings) {
        return recommenders.update(currentUser.require(), projectId, settings);
    }

    @Operation(summary = "Each recommender's acceptance rate, overall and per label (leads)",
            description = "accepted / (accepted + rejected); null when annotators decided on none of its suggestions.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(array = @ArraySchema(schema = @Schema(implementation = RecommenderStatistics.class)), examples = @ExampleObject(value = SuggestionApiExamples.STATISTICS)))
    @GetMapping("/api/v1/projects/{projectId}/recommenders/statistics")
    List<RecommenderStatistics> statistics(@PathVariable long projectId) {
        return recommenders.statistics(currentUser.require(), projectId);
    }
}
