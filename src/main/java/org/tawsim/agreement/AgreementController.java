package org.tawsim.agreement;

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

    @GetMapping("/api/v1/projects/{projectId}/agreement/documents/{documentId}/disagreements")
    List<Disagreement> disagreements(@PathVariable long projectId, @PathVariable long documentId,
                                     @RequestParam String first, @RequestParam String second) {
        return agreement.disagreements(currentUser.require(), projectId, documentId, first, second);
    }

    @GetMapping("/api/v1/projects/{projectId}/agreement/gold")
    List<GoldAgreement> withGold(@PathVariable long projectId) {
        return agreement.withGold(currentUser.require(), projectId);
    }
}
