package org.tawsim.annotation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tawsim.account.CurrentUser;

/**
 * The annotator's layer over HTTP, used by the editor and by scripts. Offsets are Unicode code points.
 * A change names the revision it was made on; a stale one gets 409 and the current revision.
 */
@RestController
@RequestMapping("/api/v1/documents/{documentId}")
class AnnotationController {

    private final AnnotationService annotations;
    private final CurrentUser currentUser;

    AnnotationController(AnnotationService annotations, CurrentUser currentUser) {
        this.annotations = annotations;
        this.currentUser = currentUser;
    }

    @GetMapping("/layer")
    Layer layer(@PathVariable long documentId) {
        return annotations.layer(currentUser.require(), documentId);
    }

    @PostMapping("/operations")
    OperationResult apply(@PathVariable long documentId, @RequestBody OperationRequest request) {
        return annotations.apply(currentUser.require(), documentId, request.baseRevision(), request.opId(), request.requireOperation());
    }
}
