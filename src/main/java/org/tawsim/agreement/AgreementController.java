package org.tawsim.agreement;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tawsim.account.CurrentUser;

/** The agreement report as JSON, with the dashboard's filters, so scripts can track it over time. */
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
                            @RequestParam(required = false) List<String> labels) {
        return agreement.report(currentUser.require(), projectId, new AgreementFilter(annotators, documents, labels));
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
