package org.tawsim.curation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tawsim.account.CurrentUser;
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

    @GetMapping("/api/v1/curation/documents/{documentId}")
    Curation curation(@PathVariable long documentId) {
        Curation found = curation.curation(currentUser.require(), documentId);
        if (found == null) {
            throw new UserError("curation.error.not-started");
        }
        return found;
    }

    @PostMapping("/api/v1/curation/documents/{documentId}/start")
    Curation start(@PathVariable long documentId, @RequestBody StartRequest request) {
        return curation.start(currentUser.require(), documentId, request.rule() == null ? Rule.MAJORITY : request.rule());
    }

    /** Merges again after the annotators changed the document ({@code annotatorsChanged}); decisions taken are kept. */
    @PostMapping("/api/v1/curation/documents/{documentId}/remerge")
    Curation remerge(@PathVariable long documentId) {
        return curation.remerge(currentUser.require(), documentId);
    }

    @PostMapping("/api/v1/curation/decisions/{decisionId}")
    Curation decide(@PathVariable long decisionId, @RequestBody DecideRequest request) {
        if (request.outcome() == null) {
            throw new UserError("curation.error.no-outcome");
        }
        return curation.decide(currentUser.require(), decisionId, request.outcome(), request.candidate());
    }

    @PostMapping("/api/v1/curation/documents/{documentId}/status")
    Curation status(@PathVariable long documentId, @RequestBody StatusRequest request) {
        curation.setCurated(currentUser.require(), documentId, request.curated());
        return curation.curation(currentUser.require(), documentId);
    }

    @GetMapping("/api/v1/curation/documents/{documentId}/layer")
    Layer layer(@PathVariable long documentId) {
        return curation.goldLayer(currentUser.require(), documentId);
    }

    @PostMapping("/api/v1/curation/documents/{documentId}/operations")
    OperationResult apply(@PathVariable long documentId, @RequestBody OperationRequest request) {
        return curation.applyToGold(currentUser.require(), documentId, request.baseRevision(), request.opId(), request.requireOperation(maxMoves));
    }

    @GetMapping("/api/v1/projects/{projectId}/curation")
    CurationProgress progress(@PathVariable long projectId) {
        return curation.progress(currentUser.require(), projectId);
    }
}
