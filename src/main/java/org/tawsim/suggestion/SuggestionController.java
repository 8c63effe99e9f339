package org.tawsim.suggestion;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tawsim.account.CurrentUser;
import org.tawsim.annotation.OperationResult;

/**
 * The caller's suggestions over HTTP (see docs/suggestions.md): access as for the caller's own layer, so only an
 * annotator assigned to the document gets any; a done document answers 409 to accept and reject.
 */
@RestController
@RequestMapping("/api/v1/documents/{documentId}/suggestions")
class SuggestionController {

    private final SuggestionService suggestions;
    private final CurrentUser currentUser;

    SuggestionController(SuggestionService suggestions, CurrentUser currentUser) {
        this.suggestions = suggestions;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Suggestions for the caller's own layer (assigned annotators)", description = "Computed on demand; learnt from the project's gold and the caller's own spans. Empty while the document is marked done.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(array = @ArraySchema(schema = @Schema(implementation = Suggestion.class)), examples = @ExampleObject(value = SuggestionApiExamples.SUGGESTIONS)))
    @GetMapping
    List<Suggestion> suggestions(@PathVariable long documentId) {
        return suggestions.suggestionsFor(currentUser.require(), documentId);
    }

    @Operation(summary = "Accept a suggestion: one create_span operation in the caller's layer", description = "Undone like any operation. An id not offered now is a 404 suggestion.not-found.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = OperationResult.class), examples = @ExampleObject(value = SuggestionApiExamples.OPERATION_RESULT)))
    @PostMapping("/{suggestionId}/accept")
    OperationResult accept(@PathVariable long documentId, @PathVariable String suggestionId) {
        return suggestions.accept(currentUser.require(), documentId, suggestionId);
    }

    @Operation(summary = "Reject a suggestion: never offered to the caller again for that place and label")
    @ApiResponse(responseCode = "204", description = "Rejected")
    @PostMapping("/{suggestionId}/reject")
    ResponseEntity<Void> reject(@PathVariable long documentId, @PathVariable String suggestionId) {
        suggestions.reject(currentUser.require(), documentId, suggestionId);
        return ResponseEntity.noContent().build();
    }
}
