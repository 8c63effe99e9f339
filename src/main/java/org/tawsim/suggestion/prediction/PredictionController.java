package org.tawsim.suggestion.prediction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;

/** Imported predictions over HTTP, for leads: import a file (all or nothing), read the counts, remove them all. */
@RestController
class PredictionController {

    private final PredictionService predictions;
    private final CurrentUser currentUser;

    PredictionController(PredictionService predictions, CurrentUser currentUser) {
        this.predictions = predictions;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Import a model's predictions as suggestions (leads, admins)",
            description = "Multipart part `file`: JSONL, one document per line with \"source\": \"predictions\", the document "
                    + "named by \"id\" (as the export writes it) or \"document_id\", optional \"text\" (must equal the stored "
                    + "text) and \"spans\" [{start, end, label, score?}] in code points. Each document's earlier predictions "
                    + "are replaced. Nothing is stored when any line has a problem: 400 with every problem and its line. "
                    + "Line of a file: " + PredictionApiExamples.FILE_LINE,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, examples = @ExampleObject(name = "JSONL",
                    description = "curl -F file=@predictions.jsonl …/predictions", value = "file=@predictions.jsonl"))))
    @ApiResponse(responseCode = "201", description = "Stored", content = @Content(
            schema = @Schema(implementation = PredictionImportResult.class), examples = @ExampleObject(value = PredictionApiExamples.STORED)))
    @ApiResponse(responseCode = "400", description = "Nothing stored: the problems by line", content = @Content(
            examples = @ExampleObject(value = PredictionApiExamples.REJECTED)))
    @PostMapping(path = "/api/v1/projects/{projectId}/predictions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    PredictionImportResult importFile(@PathVariable long projectId,
                                      @RequestParam(name = "file", required = false) MultipartFile file) {
        UserAccount lead = currentUser.require();
        predictions.counts(lead, projectId); // the lead check comes before anything about the request
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            throw new UserError("predictions.error.no-file");
        }
        String fileName = file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            return predictions.importFile(lead, projectId, fileName, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload " + fileName + " failed", e);
        }
    }

    @Operation(summary = "How many predictions the project holds, for how many documents, and the last import (leads)")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(
            schema = @Schema(implementation = PredictionCounts.class), examples = @ExampleObject(value = PredictionApiExamples.COUNTS)))
    @GetMapping("/api/v1/projects/{projectId}/predictions")
    PredictionCounts counts(@PathVariable long projectId) {
        return predictions.counts(currentUser.require(), projectId);
    }

    @Operation(summary = "Remove every imported prediction of the project (leads)",
            description = "Spans accepted from predictions stay: they are the annotators' spans.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = PredictionsRemoved.class), examples = @ExampleObject(value = PredictionApiExamples.REMOVED)))
    @DeleteMapping("/api/v1/projects/{projectId}/predictions")
    PredictionsRemoved removeAll(@PathVariable long projectId) {
        return new PredictionsRemoved(predictions.removeAll(currentUser.require(), projectId));
    }
}
