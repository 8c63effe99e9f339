package org.tawsim.suggestion;

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

/** The HTTP API's answer to a suggestion id that names nothing offered now, as JSON with its real status. */
@RestControllerAdvice(basePackages = "org.tawsim")
@Order(Ordered.HIGHEST_PRECEDENCE)
class SuggestionApiErrors {

    /** Stale, already accepted or rejected: 404, so a script refreshes its list. */
    @ExceptionHandler(SuggestionNotFound.class)
    ResponseEntity<Map<String, Object>> suggestionNotFound(SuggestionNotFound e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "suggestion.not-found",
                "message", UserError.translate("suggestion.not-found", new Object[0], RequestContextUtils.getLocale(request))));
    }
}
