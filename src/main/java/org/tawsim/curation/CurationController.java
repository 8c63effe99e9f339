package org.tawsim.curation;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tawsim.account.CurrentUser;
import org.tawsim.annotation.AnnotationApiExamples;
import org.tawsim.annotation.Layer;
import org.tawsim.annotation.OperationRequest;
import org.tawsim.annotation.OperationResult;
import org.tawsim.base.UserError;
import org.tawsim.curation.merge.Rule;

/**
 * Curation over HTTP for leads. The gold layer has the same {@code layer} and {@code operations} endpoints as an
 * annotator's layer, under {@code /api/v1/curation}, so the editor works on it unchanged.
 */
@RestController
class CurationController {

    record StartRequest(Rule rule) {
    }

    record DecideRequest(Outcome outcome, Integer candidate) {
    }

    record StatusRequest(boolean curated) {
    }

    private final CurationService curation;
    private final CurrentUser currentUser;
    private final int maxMoves;

    CurationController(CurationService curation, CurrentUser currentUser,
                       @Value("${tawsim.api.max-moves-per-operation:10000}") int maxMoves) {
        this.curation = curation;
        this.currentUser = currentUser;
        this.maxMoves = maxMoves;
    }

    @Operation(summary = "A document's curation: rule, status and decisions in text order", description = "400 curation.error.not-started before it starts.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Curation.class), examples = @ExampleObject(value = CurationApiExamples.CURATION)))
    @GetMapping("/api/v1/curation/documents/{documentId}")
    Curation curation(@PathVariable long documentId) {
        Curation found = curation.curation(currentUser.require(), documentId);
        if (found == null) {
            throw new UserError("curation.error.not-started");
        }
        return found;
    }

    @Operation(summary = "Start curating a document with a merge rule (MAJORITY by default, or UNANIMOUS)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = StartRequest.class), examples = @ExampleObject(value = CurationApiExamples.START))))
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Curation.class), examples = @ExampleObject(value = CurationApiExamples.CURATION)))
    @PostMapping("/api/v1/curation/documents/{documentId}/start")
    Curation start(@PathVariable long documentId, @RequestBody StartRequest request) {
        return curation.start(currentUser.require(), documentId, request.rule() == null ? Rule.MAJORITY : request.rule());
    }

    /** Merges again after the annotators changed the document ({@code annotatorsChanged}); decisions taken are kept. */
    @Operation(summary = "Merge again after the annotators changed the document; decisions taken are kept")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Curation.class), examples = @ExampleObject(value = CurationApiExamples.CURATION)))
    @PostMapping("/api/v1/curation/documents/{documentId}/remerge")
    Curation remerge(@PathVariable long documentId) {
        return curation.remerge(currentUser.require(), documentId);
    }

    @Operation(summary = "Settle a decision: ACCEPTED (with the candidate's index), REJECTED or EDITED",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = DecideRequest.class), examples = @ExampleObject(value = CurationApiExamples.DECIDE))))
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Curation.class), examples = @ExampleObject(value = CurationApiExamples.CURATION)))
    @PostMapping("/api/v1/curation/decisions/{decisionId}")
    Curation decide(@PathVariable long decisionId, @RequestBody DecideRequest request) {
        if (request.outcome() == null) {
            throw new UserError("curation.error.no-outcome");
        }
        return curation.decide(currentUser.require(), decisionId, request.outcome(), request.candidate());
    }

    @Operation(summary = "Mark the document curated (or back in progress)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = StatusRequest.class), examples = @ExampleObject(value = CurationApiExamples.STATUS))))
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Curation.class), examples = @ExampleObject(value = CurationApiExamples.CURATION)))
    @PostMapping("/api/v1/curation/documents/{documentId}/status")
    Curation status(@PathVariable long documentId, @RequestBody StatusRequest request) {
        curation.setCurated(currentUser.require(), documentId, request.curated());
        return curation.curation(currentUser.require(), documentId);
    }

    @Operation(summary = "The document's gold layer")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Layer.class), examples = @ExampleObject(value = AnnotationApiExamples.LAYER)))
    @GetMapping("/api/v1/curation/documents/{documentId}/layer")
    Layer layer(@PathVariable long documentId) {
        return curation.goldLayer(currentUser.require(), documentId);
    }

    @Operation(summary = "Apply one change to the gold layer (as on an annotator's layer)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = OperationRequest.class), examples = @ExampleObject(value = AnnotationApiExamples.OPERATION))))
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = OperationResult.class), examples = @ExampleObject(value = AnnotationApiExamples.OPERATION_RESULT)))
    @PostMapping("/api/v1/curation/documents/{documentId}/operations")
    OperationResult apply(@PathVariable long documentId, @RequestBody OperationRequest request) {
        return curation.applyToGold(currentUser.require(), documentId, request.baseRevision(), request.opId(), request.requireOperation(maxMoves));
    }

    @Operation(summary = "How far the project's curation is")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CurationProgress.class), examples = @ExampleObject(value = CurationApiExamples.PROGRESS)))
    @GetMapping("/api/v1/projects/{projectId}/curation")
    CurationProgress progress(@PathVariable long projectId) {
        return curation.progress(currentUser.require(), projectId);
    }
}
