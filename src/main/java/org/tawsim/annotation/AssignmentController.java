package org.tawsim.annotation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.UserAccount;
import org.tawsim.project.Member;

/** Who annotates which document, over HTTP, with the project page's rules (see docs/assignments.md). */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/assignments")
@Tag(name = "Assignments", description = "Leads assign documents to annotators and read the document × annotator matrix.")
class AssignmentController {

    record AssignmentRequest(List<Long> documents, List<String> annotators, Integer perDocument) {
    }

    record AssignmentJson(long documentId, String login, String status) {
    }

    record Created(int created, List<AssignmentJson> assignments) {
    }

    record CellJson(String status, int spans, OffsetDateTime updatedAt) {
    }

    record RowJson(long id, String externalId, String title, Map<String, CellJson> cells) {
    }

    record MatrixJson(List<String> annotators, List<String> removed, List<RowJson> documents) {
    }

    private final AssignmentService assignments;
    private final CurrentUser currentUser;

    AssignmentController(AssignmentService assignments, CurrentUser currentUser) {
        this.assignments = assignments;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Assign documents (project lead, admin)",
            description = "Either every pair of documents × annotators, or with perDocument N each listed document (all"
                    + " when documents is left out) gets N annotators among those listed (all the project's annotators"
                    + " when left out), balancing the load. Existing assignments are kept and count towards N. The answer"
                    + " lists the assignments created. A login that is not an annotator of the project is a 400"
                    + " assign.error.not-annotator; a document id that is not the project's is a 403 like any refusal.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = AssignmentRequest.class), examples = {
                    @ExampleObject(name = "pairs", value = "{\"documents\":[12,13],\"annotators\":[\"salma\",\"omar\"]}"),
                    @ExampleObject(name = "balanced", value = "{\"perDocument\":2}")})))
    @ApiResponse(responseCode = "200", description = "The assignments created", content = @Content(
            schema = @Schema(implementation = Created.class), examples = @ExampleObject(value = "{\"created\":2,"
            + "\"assignments\":[{\"documentId\":12,\"login\":\"salma\",\"status\":\"new\"},"
            + "{\"documentId\":12,\"login\":\"omar\",\"status\":\"new\"}]}")))
    @PostMapping
    Created assign(@PathVariable long projectId, @RequestBody AssignmentRequest request) {
        UserAccount lead = currentUser.require();
        List<AssignmentCell> created = request.perDocument() != null
                ? assignments.assignBalanced(lead, projectId, request.perDocument(), orEmpty(request.documents()), orEmpty(request.annotators()))
                : assignments.assign(lead, projectId, request.documents(), request.annotators());
        return new Created(created.size(), created.stream()
                .map(c -> new AssignmentJson(c.documentId(), c.login(), c.status().dbValue())).toList());
    }

    @Operation(summary = "The document × annotator matrix (project lead, admin)",
            description = "annotators: the project's annotators; removed: members removed from the project who still hold"
                    + " assignments (their work counts, read-only). A cell per assignment: status (new, in_progress,"
                    + " done), the annotator's spans in the document and when their layer last changed.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(
            schema = @Schema(implementation = MatrixJson.class), examples = @ExampleObject(value = "{\"annotators\":"
            + "[\"omar\",\"salma\"],\"removed\":[],\"documents\":[{\"id\":12,\"externalId\":\"jasim\",\"title\":\"اشتباكات في جاسم\","
            + "\"cells\":{\"salma\":{\"status\":\"done\",\"spans\":14,\"updatedAt\":\"2026-12-04T10:15:00Z\"}}}]}")))
    @GetMapping
    MatrixJson matrix(@PathVariable long projectId) {
        AssignmentMatrix matrix = assignments.matrix(currentUser.require(), projectId);
        List<RowJson> rows = matrix.documents().stream().map(row -> {
            Map<String, CellJson> cells = new LinkedHashMap<>();
            row.cells().values().stream().sorted(Comparator.comparing(AssignmentCell::login))
                    .forEach(c -> cells.put(c.login(), new CellJson(c.status().dbValue(), c.spans(), c.updatedAt())));
            return new RowJson(row.documentId(), row.externalId(), row.title(), cells);
        }).toList();
        return new MatrixJson(matrix.annotators().stream().map(Member::login).toList(),
                matrix.removed().stream().map(Member::login).toList(), rows);
    }

    @Operation(summary = "Unassign a document (project lead, admin)",
            description = "Refused with 409 assign.error.has-work and the span count while the annotator has spans in"
                    + " the document: work is never dropped silently (remove the member to keep it read-only). A pair"
                    + " that is not assigned is a 204 too.")
    @ApiResponse(responseCode = "204", description = "Unassigned (no body)")
    @ApiResponse(responseCode = "409", description = "The annotator has spans in the document", content = @Content(
            examples = @ExampleObject(value = "{\"error\":\"assign.error.has-work\",\"spans\":3,"
                    + "\"message\":\"salma has 3 spans in this document: it stays assigned so that no work is lost.\"}")))
    @DeleteMapping("/{documentId}/{login}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unassign(@PathVariable long projectId, @PathVariable long documentId, @PathVariable String login) {
        assignments.unassign(currentUser.require(), projectId, documentId, login);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
