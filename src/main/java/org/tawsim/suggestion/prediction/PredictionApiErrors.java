package org.tawsim.suggestion.prediction;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.RequestContextUtils;

/** A rejected predictions file as JSON: 400 with the summary and every problem with its line number. */
@RestControllerAdvice(basePackages = "org.tawsim")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PredictionApiErrors {

    @ExceptionHandler(PredictionsRejected.class)
    ResponseEntity<Map<String, Object>> rejected(PredictionsRejected e, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        List<Map<String, Object>> problems = e.problems().stream().map(p -> {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("line", p.line());
            problem.put("error", p.key());
            problem.put("message", PredictionsRejected.message(p, locale));
            return problem;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.messageKey());
        body.put("message", e.message(locale));
        body.put("count", e.count());
        body.put("problems", problems);
        return ResponseEntity.badRequest().body(body);
    }
}
