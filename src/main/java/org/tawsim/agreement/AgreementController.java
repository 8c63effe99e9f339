package org.tawsim.agreement;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tawsim.account.CurrentUser;

/**
 * The agreement report as JSON, with the dashboard's filters, so scripts can track it over time. Figures without
 * data are null.
 */
@RestController
class AgreementController {

    private final AgreementService agreement;
    private final CurrentUser currentUser;

    AgreementController(AgreementService agreement, CurrentUser currentUser) {
        this.agreement = agreement;
        this.currentUser = currentUser;
    }

    @Operation(summary = "The project's agreement report (leads and admins)", description = "Filters as on the dashboard: annotators, documents, labels, scope. Figures without data are null.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AgreementSummary.class), examples = @ExampleObject(value = AgreementApiExamples.SUMMARY)))
    @GetMapping("/api/v1/projects/{projectId}/agreement")
    AgreementSummary report(@PathVariable long projectId,
                            @RequestParam(required = false) List<String> annotators,
                            @RequestParam(required = false) List<Long> documents,
                            @RequestParam(required = false) List<String> labels,
                            @Parameter(description = "Documents in scope: done (default: every compared annotator assigned to"
                                    + " the document marked it done), started (all of them opened it) or all (every assigned"
                                    + " document). Another value is a 400 with agreement.error.scope.")
                            @RequestParam(required = false) String scope) {
        return agreement.report(currentUser.require(), projectId,
                new AgreementFilter(annotators, documents, labels, AgreementScope.parse(scope)));
    }

    @Operation(summary = "Where two annotators differ on a document, with the text each marked")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(array = @ArraySchema(schema = @Schema(implementation = Disagreement.class)), examples = @ExampleObject(value = AgreementApiExamples.DISAGREEMENTS)))
    @GetMapping("/api/v1/projects/{projectId}/agreement/documents/{documentId}/disagreements")
    List<Disagreement> disagreements(@PathVariable long projectId, @PathVariable long documentId,
                                     @RequestParam String first, @RequestParam String second) {
        return agreement.disagreements(currentUser.require(), projectId, documentId, first, second);
    }

    @Operation(summary = "Each annotator against the gold layer of the curated documents")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(array = @ArraySchema(schema = @Schema(implementation = GoldAgreement.class)), examples = @ExampleObject(value = AgreementApiExamples.GOLD)))
    @GetMapping("/api/v1/projects/{projectId}/agreement/gold")
    List<GoldAgreement> withGold(@PathVariable long projectId) {
        return agreement.withGold(currentUser.require(), projectId);
    }
}
