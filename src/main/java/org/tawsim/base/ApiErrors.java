package org.tawsim.base;

import java.util.Locale;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.RequestContextUtils;
import jakarta.servlet.http.HttpServletRequest;
import org.tawsim.annotation.DocumentDone;
import org.tawsim.annotation.RevisionConflict;

/** Errors of the HTTP API as JSON: a stable key for scripts and a translated message for people. */
@RestControllerAdvice(basePackages = "org.tawsim")
class ApiErrors {

    @ExceptionHandler(UserError.class)
    ResponseEntity<Map<String, Object>> userError(UserError e, HttpServletRequest request) {
        return ResponseEntity.badRequest().body(Map.of("error", e.messageKey(), "message",
                translate(e.messageKey(), e.args(), RequestContextUtils.getLocale(request))));
    }

    /** Someone else (another tab, another lead) changed the layer first: nothing was applied, reload and retry. */
    @ExceptionHandler(RevisionConflict.class)
    ResponseEntity<Map<String, Object>> conflict(RevisionConflict e, HttpServletRequest request) {
        Object[] args = {Long.toString(e.expectedRevision()), Long.toString(e.currentRevision())};
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "revision.conflict",
                "message", translate("revision.conflict", args, RequestContextUtils.getLocale(request)),
                "baseRevision", e.expectedRevision(), "revision", e.currentRevision()));
    }

    /** The annotator marked the document done: nothing was applied until they reopen it. */
    @ExceptionHandler(DocumentDone.class)
    ResponseEntity<Map<String, Object>> done(DocumentDone e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "document.done",
                "message", translate("document.done", new Object[0], RequestContextUtils.getLocale(request))));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "access.denied", "message", e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "request.unreadable",
                "message", "The request body is not valid JSON for this operation."));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Map<String, Object>> integrity(DataIntegrityViolationException e) {
        // The database refused what the service checks let through (e.g. a concurrent duplicate).
        return ResponseEntity.badRequest().body(Map.of("error", "data.integrity",
                "message", String.valueOf(e.getMostSpecificCause().getMessage())));
    }

    /**
     * The database is unreachable (restarting, network): a clear 503 the client can retry (with the same opId),
     * not a stack trace. Other database failures are not ours to explain and stay 500s.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessException.class})
    ResponseEntity<Map<String, Object>> databaseUnavailable(Exception e, HttpServletRequest request) throws Exception {
        if (!DatabaseOutage.isOutage(e)) {
            throw e;
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(Map.of("error", "database.unavailable", "message",
                        translate("database.unavailable", new Object[0], RequestContextUtils.getLocale(request))));
    }

    static String translate(String key, Object[] args, Locale locale) {
        return UserError.translate(key, args, locale);
    }
}
