package org.tawsim.suggestion.external;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.tawsim.suggestion.Proposal;

/**
 * Reads the external service's answer (docs/external-recommender.md) against the text and labels it was asked
 * about: {@code {"spans":[{"start":0,"end":4,"label":"LOCATION","score":0.9}]}}, offsets in code points, end
 * exclusive. A whole answer that is not usable gives no proposals and a problem; a single bad span is dropped and
 * counted. Free of Spring and the database, so every case is a unit test.
 */
public final class ExternalAnswer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** What one answer gave: usable proposals, how many spans came and were dropped, and the problem (or null). */
    public record Reading(List<Proposal> proposals, int total, int dropped, ExternalProblem problem) {

        public Reading {
            proposals = List.copyOf(proposals);
        }

        /** The whole call failed (nothing usable came back). */
        public static Reading failed(ExternalProblem problem) {
            return new Reading(List.of(), 0, 0, problem);
        }

        public boolean failed() {
            return problem != null && !problem.key().equals(ExternalProblem.SPANS_DROPPED);
        }
    }

    private ExternalAnswer() {
    }

    public static Reading read(int httpStatus, String body, String text, List<String> labels) {
        if (httpStatus < 200 || httpStatus > 299) {
            return Reading.failed(ExternalProblem.of(ExternalProblem.STATUS, httpStatus));
        }
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            return Reading.failed(ExternalProblem.of(ExternalProblem.NOT_JSON));
        }
        if (root == null || root.isMissingNode() || !root.isObject() || !root.path("spans").isArray()) {
            return Reading.failed(ExternalProblem.of(ExternalProblem.SHAPE));
        }
        int length = text.codePointCount(0, text.length());
        List<Proposal> proposals = new ArrayList<>();
        int total = 0;
        int dropped = 0;
        ExternalProblem firstReason = null;
        for (JsonNode span : root.path("spans")) {
            total++;
            ExternalProblem reason = reasonToDrop(span, length, labels);
            if (reason != null) {
                dropped++;
                firstReason = firstReason == null ? reason : firstReason;
                continue;
            }
            JsonNode score = span.get("score");
            proposals.add(new Proposal(span.get("start").intValue(), span.get("end").intValue(), span.get("label").textValue(),
                    score == null || score.isNull() ? 1.0 : score.doubleValue()));
        }
        ExternalProblem problem = null;
        if (firstReason != null) {
            List<String> args = new ArrayList<>(List.of(Integer.toString(dropped), Integer.toString(total), firstReason.key()));
            args.addAll(firstReason.args());
            problem = new ExternalProblem(ExternalProblem.SPANS_DROPPED, args);
        }
        return new Reading(proposals, total, dropped, problem);
    }

    /** Why one span cannot be used, or null when it can. */
    private static ExternalProblem reasonToDrop(JsonNode span, int length, List<String> labels) {
        JsonNode start = span.get("start");
        JsonNode end = span.get("end");
        JsonNode label = span.get("label");
        if (!span.isObject() || !isInt(start) || !isInt(end) || label == null || !label.isTextual()) {
            return ExternalProblem.of(ExternalProblem.DROP_MALFORMED);
        }
        if (start.intValue() < 0 || end.intValue() > length) {
            return ExternalProblem.of(ExternalProblem.DROP_OUT_OF_RANGE, start.intValue(), end.intValue(), length);
        }
        if (start.intValue() >= end.intValue()) {
            return ExternalProblem.of(ExternalProblem.DROP_EMPTY, start.intValue(), end.intValue());
        }
        if (!labels.contains(label.textValue())) {
            return ExternalProblem.of(ExternalProblem.DROP_UNKNOWN_LABEL, label.textValue());
        }
        JsonNode score = span.get("score");
        if (score != null && !score.isNull()
                && (!score.isNumber() || !(score.doubleValue() >= 0.0 && score.doubleValue() <= 1.0))) {
            return ExternalProblem.of(ExternalProblem.DROP_SCORE, score.asText());
        }
        return null;
    }

    private static boolean isInt(JsonNode node) {
        return node != null && node.isIntegralNumber() && node.canConvertToInt();
    }
}
