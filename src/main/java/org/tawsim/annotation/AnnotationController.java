package org.tawsim.annotation;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tawsim.account.CurrentUser;

/**
 * The annotator's layer over HTTP, used by the editor and by scripts. Offsets are Unicode code points.
 * A change names the revision it was made on; a stale one gets 409 and the current revision. Other annotators'
 * layers are readable only when a lead of the project allows it, and only by annotators of the same document.
 */
@RestController
@RequestMapping("/api/v1/documents/{documentId}")
class AnnotationController {

    private final AnnotationService annotations;
    private final CoAnnotatorLayers coAnnotators;
    private final CurrentUser currentUser;
    /** Moves one move_mentions operation may carry ({@code tawsim.api.max-moves-per-operation}). */
    private final int maxMoves;

    AnnotationController(AnnotationService annotations, CoAnnotatorLayers coAnnotators, CurrentUser currentUser,
                         @Value("${tawsim.api.max-moves-per-operation:10000}") int maxMoves) {
        this.annotations = annotations;
        this.coAnnotators = coAnnotators;
        this.currentUser = currentUser;
        this.maxMoves = maxMoves;
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "The caller's own layer of a document (assigned annotators)")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Layer.class), examples = @ExampleObject(value = AnnotationApiExamples.LAYER)))
    @GetMapping("/layer")
    Layer layer(@PathVariable long documentId) {
        return annotations.layer(currentUser.require(), documentId);
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "The other annotators assigned to the document, when a lead allows reading their layers")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(array = @ArraySchema(schema = @Schema(implementation = CoAnnotator.class)), examples = @ExampleObject(value = AnnotationApiExamples.CO_ANNOTATORS)))
    @GetMapping("/annotators")
    List<CoAnnotator> coAnnotators(@PathVariable long documentId) {
        return coAnnotators.coAnnotators(currentUser.require(), documentId);
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Another annotator's layer of the document, when a lead allows it")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Layer.class), examples = @ExampleObject(value = AnnotationApiExamples.LAYER)))
    @GetMapping("/annotators/{login}/layer")
    Layer coAnnotatorLayer(@PathVariable long documentId, @PathVariable String login) {
        return coAnnotators.layerOf(currentUser.require(), documentId, login);
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Apply one change to the caller's layer", description = "Types: create_span, update_span, delete_span, restore_span, move_mentions. A stale baseRevision is a 409 with the current revision; a repeated opId answers alreadyApplied.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = OperationRequest.class), examples = @ExampleObject(value = AnnotationApiExamples.OPERATION))))
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = OperationResult.class), examples = @ExampleObject(value = AnnotationApiExamples.OPERATION_RESULT)))
    @PostMapping("/operations")
    OperationResult apply(@PathVariable long documentId, @RequestBody OperationRequest request) {
        return annotations.apply(currentUser.require(), documentId, request.baseRevision(), request.opId(), request.requireOperation(maxMoves));
    }
}
