package org.tawsim.annotation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.tawsim.base.UserError;

/**
 * The HTTP API's answers to refused layer edits, as JSON with their real status. Consulted before the general
 * handlers (which would answer two of these as a plain user error, 400).
 */
@RestControllerAdvice(basePackages = "org.tawsim")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnnotationApiErrors {

    /** Someone else (another tab, another lead) changed the layer first: nothing was applied, reload and retry. */
    @ExceptionHandler(RevisionConflict.class)
    ResponseEntity<Map<String, Object>> conflict(RevisionConflict e, HttpServletRequest request) {
        Object[] args = {Long.toString(e.expectedRevision()), Long.toString(e.currentRevision())};
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "revision.conflict",
                "message", UserError.translate("revision.conflict", args, RequestContextUtils.getLocale(request)),
                "baseRevision", e.expectedRevision(), "revision", e.currentRevision()));
    }

    /** Unassigning would cut an annotator off from their spans: refused with the count, nothing changed. */
    @ExceptionHandler(AssignmentHasWork.class)
    ResponseEntity<Map<String, Object>> assignmentHasWork(AssignmentHasWork e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.messageKey(), "spans", e.spans(),
                "message", e.message(RequestContextUtils.getLocale(request))));
    }

    /** The annotator marked the document done: nothing was applied until they reopen it. */
    @ExceptionHandler(DocumentDone.class)
    ResponseEntity<Map<String, Object>> done(DocumentDone e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "document.done",
                "message", UserError.translate("document.done", new Object[0], RequestContextUtils.getLocale(request))));
    }

    /** The client's opId was already used by this actor on this layer for another operation: nothing was applied. */
    @ExceptionHandler(OperationIdReused.class)
    ResponseEntity<Map<String, Object>> operationIdReused(OperationIdReused e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.messageKey(),
                "message", e.message(RequestContextUtils.getLocale(request))));
    }
}
