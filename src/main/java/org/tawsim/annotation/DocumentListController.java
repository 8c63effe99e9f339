package org.tawsim.annotation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tawsim.account.CurrentUser;

/** A project's documents over HTTP, a page at a time, with who annotates them and how far they are. */
@RestController
class DocumentListController {

    private final DocumentList documents;
    private final CurrentUser currentUser;

    DocumentListController(DocumentList documents, CurrentUser currentUser) {
        this.documents = documents;
        this.currentUser = currentUser;
    }

    @Operation(summary = "A project's documents with each annotator's status and span count (members)",
            description = "Ordered by external id. status and annotator keep documents with such an assignment. "
                    + "Leads, admins and viewers see every annotator; an annotator sees only their own work. "
                    + "An annotator entry without status is an imported layer without an assignment.",
            responses = @ApiResponse(responseCode = "200", content = @Content(
                    schema = @Schema(implementation = DocumentListPage.class), examples = @ExampleObject(value = """
                    {"page": 0, "size": 50, "total": 120, "documents": [
                      {"id": 41, "externalId": "jasim", "title": "اشتباكات في جاسم", "length": 1873, "annotators": [
                        {"login": "amal", "status": "done", "spans": 14, "updatedAt": "2026-12-02T10:15:00Z"},
                        {"login": "omar", "status": "in_progress", "spans": 6, "updatedAt": "2026-12-02T11:40:00Z"}]}]}"""))))
    @GetMapping("/api/v1/projects/{projectId}/documents")
    DocumentListPage list(@PathVariable long projectId,
                          @Parameter(description = "new, in_progress or done") @RequestParam(required = false) String status,
                          @Parameter(description = "an annotator's login") @RequestParam(required = false) String annotator,
                          @RequestParam(defaultValue = "0") int page,
                          @Parameter(description = "1 to 500") @RequestParam(defaultValue = "50") int size) {
        return documents.page(currentUser.require(), projectId, status, annotator, page, size);
    }
}
