package org.tawsim.base;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.RequestContextUtils;
import jakarta.servlet.http.HttpServletRequest;
import org.tawsim.annotation.AssignmentHasWork;
import org.tawsim.annotation.OperationIdReused;
import org.tawsim.annotation.DocumentDone;
import org.tawsim.annotation.RevisionConflict;
import org.tawsim.suggestion.SuggestionNotFound;

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

    /** Unassigning would cut an annotator off from their spans: refused with the count, nothing changed. */
    @ExceptionHandler(AssignmentHasWork.class)
    ResponseEntity<Map<String, Object>> assignmentHasWork(AssignmentHasWork e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.messageKey(), "spans", e.spans(),
                "message", translate(e.messageKey(), e.args(), RequestContextUtils.getLocale(request))));
    }

    /** The annotator marked the document done: nothing was applied until they reopen it. */
    @ExceptionHandler(DocumentDone.class)
    ResponseEntity<Map<String, Object>> done(DocumentDone e, HttpServletRequest request) {
        return error(HttpStatus.CONFLICT, "document.done", request);
    }

    /** The suggestion id names nothing offered now (stale, already accepted or rejected). */
    @ExceptionHandler(SuggestionNotFound.class)
    ResponseEntity<Map<String, Object>> suggestionNotFound(SuggestionNotFound e, HttpServletRequest request) {
        return error(HttpStatus.NOT_FOUND, "suggestion.not-found", request);
    }

    /**
     * One body for every refusal, whatever the reason: another project's id and an id that does not exist are
     * answered alike, so the answer tells nobody which ids exist.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e, HttpServletRequest request) {
        return error(HttpStatus.FORBIDDEN, "access.denied", request);
    }

    /** An uploaded file over the import limit: the same message as the upload page shows. */
    @ExceptionHandler(FileTooLarge.class)
    ResponseEntity<Map<String, Object>> fileTooLarge(FileTooLarge e, HttpServletRequest request) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, e.messageKey(), request, e.args());
    }

    /** A document id (or another name) the project has already: nothing was stored. */
    @ExceptionHandler(AlreadyExists.class)
    ResponseEntity<Map<String, Object>> alreadyExists(AlreadyExists e, HttpServletRequest request) {
        return error(HttpStatus.CONFLICT, e.messageKey(), request, e.args());
    }

    /** A list in the body longer than one request may carry. */
    @ExceptionHandler(TooManyEntries.class)
    ResponseEntity<Map<String, Object>> tooManyEntries(TooManyEntries e, HttpServletRequest request) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, e.messageKey(), request, e.args());
    }

    /** Not JSON, JSON of the wrong shape (a field missing, null, of the wrong type or unknown), or a body too large. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        RequestTooLarge tooLarge = RequestTooLarge.in(e);
        if (tooLarge != null) {
            return error(HttpStatus.PAYLOAD_TOO_LARGE, "request.too.large", request, tooLarge.limit());
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = JsonFieldPath.of(mapping);
            String key = mapping instanceof UnrecognizedPropertyException ? "request.field.unknown" : "request.field.invalid";
            Map<String, Object> body = new LinkedHashMap<>(error(HttpStatus.BAD_REQUEST, key, request, field).getBody());
            body.put("field", field);
            return ResponseEntity.badRequest().body(body);
        }
        return error(HttpStatus.BAD_REQUEST, "request.unreadable", request);
    }

    /** A path or query parameter of the wrong type, e.g. a document id that is not a number. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "request.parameter.invalid", request, e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "request.parameter.missing", request, e.getParameterName());
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String key, HttpServletRequest request,
                                                             Object... args) {
        return ResponseEntity.status(status).body(Map.of("error", key,
                "message", translate(key, args, RequestContextUtils.getLocale(request))));
    }

    /**
     * The database refused what the service checks let through (e.g. a concurrent duplicate): a key chosen by the
     * constraint's name, never the database's text (it names tables, columns and values).
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Map<String, Object>> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        String key = ConstraintMessages.key(e);
        return ResponseEntity.badRequest().body(Map.of("error", key,
                "message", translate(key, new Object[0], RequestContextUtils.getLocale(request))));
    }

    /** The client's opId was already used by this actor on this layer for another operation: nothing was applied. */
    @ExceptionHandler(OperationIdReused.class)
    ResponseEntity<Map<String, Object>> operationIdReused(OperationIdReused e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.messageKey(),
                "message", translate(e.messageKey(), e.args(), RequestContextUtils.getLocale(request))));
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
