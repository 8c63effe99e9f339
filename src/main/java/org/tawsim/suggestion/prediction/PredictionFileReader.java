package org.tawsim.suggestion.prediction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a predictions file: Tawsim's JSONL (docs/exports.md), one document per line, each line marked
 * {@code "source": "predictions"}. Every line is read, so the lead gets every problem of the file at once; the
 * lines are checked against the project afterwards ({@link PredictionChecks}). Blank lines are skipped.
 */
final class PredictionFileReader {

    static final String SOURCE = "predictions";

    /** As strict as the corpus reader: a duplicate key or anything after the object is a mistake, not ignored. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    record Reading(List<PredictionLine> lines, List<PredictionProblem> problems) {
    }

    private PredictionFileReader() {
    }

    static Reading read(byte[] bytes) {
        List<PredictionLine> lines = new ArrayList<>();
        List<PredictionProblem> problems = new ArrayList<>();
        int number = 0;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            int length = end - start;
            if (length > 0 && bytes[end - 1] == '\r') {
                length--;
            }
            String line = decode(bytes, start, length);
            if (line == null) {
                problems.add(PredictionProblem.of(number, "utf8"));
            } else {
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    int before = problems.size();
                    PredictionLine parsed = parse(line, number, problems);
                    if (problems.size() == before) {
                        lines.add(parsed);
                    }
                }
            }
            start = end + 1;
        }
        return new Reading(lines, problems);
    }

    private static String decode(byte[] bytes, int start, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The line, with its problems added to {@code problems} (then the returned line is not used). */
    private static PredictionLine parse(String text, int line, List<PredictionProblem> problems) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(PredictionProblem.of(line, "json", shorten(String.valueOf(e.getOriginalMessage()))));
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.add(PredictionProblem.of(line, "not-object"));
            return null;
        }
        JsonNode source = node.get("source");
        if (source == null || !source.isTextual() || !source.textValue().equals(SOURCE)) {
            problems.add(PredictionProblem.of(line, "source", source == null ? "—" : source.toString()));
            return null;
        }
        Long documentId = null;
        JsonNode idNode = node.get("document_id");
        if (idNode != null && !idNode.isNull()) {
            if (!idNode.isIntegralNumber() || !idNode.canConvertToLong() || idNode.longValue() <= 0) {
                problems.add(PredictionProblem.of(line, "field", "document_id", idNode.toString()));
            } else {
                documentId = idNode.longValue();
            }
        }
        String externalId = null;
        JsonNode external = node.get("id");
        if (external != null && !external.isNull()) {
            if (external.isTextual() && !external.textValue().isBlank()) {
                externalId = external.textValue();
            } else if (external.isIntegralNumber()) {
                externalId = external.bigIntegerValue().toString();
            } else {
                problems.add(PredictionProblem.of(line, "field", "id", external.toString()));
            }
        }
        if (documentId == null && externalId == null && idNode == null && external == null) {
            problems.add(PredictionProblem.of(line, "no-document"));
        }
        String documentText = null;
        JsonNode textNode = node.get("text");
        if (textNode != null && !textNode.isNull()) {
            if (textNode.isTextual()) {
                documentText = textNode.textValue();
            } else {
                problems.add(PredictionProblem.of(line, "field", "text", shorten(textNode.toString())));
            }
        }
        JsonNode spansNode = node.get("spans");
        List<Prediction> spans = new ArrayList<>();
        List<String> spanTexts = new ArrayList<>();
        if (spansNode == null || !spansNode.isArray()) {
            problems.add(spansNode == null ? PredictionProblem.of(line, "no-spans")
                    : PredictionProblem.of(line, "field", "spans", shorten(spansNode.toString())));
        } else {
            Set<List<Object>> places = new HashSet<>();
            for (int i = 0; i < spansNode.size(); i++) {
                Prediction span = span(spansNode.get(i), i, line, problems);
                if (span != null && !places.add(List.of(span.start(), span.end(), span.label()))) {
                    problems.add(PredictionProblem.of(line, "duplicate-span", i, span.start(), span.end(), span.label()));
                }
                if (span != null) {
                    spans.add(span);
                    JsonNode claimed = spansNode.get(i).get("text");
                    spanTexts.add(claimed != null && claimed.isTextual() ? claimed.textValue() : null);
                }
            }
        }
        return new PredictionLine(line, documentId, externalId, documentText, spans, spanTexts);
    }

    private static Prediction span(JsonNode span, int index, int line, List<PredictionProblem> problems) {
        if (span == null || !span.isObject()) {
            problems.add(PredictionProblem.of(line, "span-not-object", index));
            return null;
        }
        int before = problems.size();
        int start = offset(span, "start", index, line, problems);
        int end = offset(span, "end", index, line, problems);
        JsonNode labelNode = span.get("label");
        String label = null;
        if (labelNode == null) {
            problems.add(PredictionProblem.of(line, "missing", index, "label"));
        } else if (!labelNode.isTextual() || labelNode.textValue().isBlank()) {
            problems.add(PredictionProblem.of(line, "field", "spans[" + index + "].label", shorten(labelNode.toString())));
        } else {
            label = labelNode.textValue();
        }
        double score = 1.0;
        JsonNode scoreNode = span.get("score");
        if (scoreNode != null && !scoreNode.isNull()) {
            if (!scoreNode.isNumber() || !Double.isFinite(scoreNode.doubleValue()) || scoreNode.doubleValue() < 0
                    || scoreNode.doubleValue() > 1) {
                problems.add(PredictionProblem.of(line, "score", index, shorten(scoreNode.toString())));
            } else {
                score = scoreNode.doubleValue();
            }
        }
        JsonNode claimed = span.get("text");
        if (claimed != null && !claimed.isNull() && !claimed.isTextual()) {
            problems.add(PredictionProblem.of(line, "field", "spans[" + index + "].text", shorten(claimed.toString())));
        }
        if (problems.size() > before) {
            return null;
        }
        if (start >= end) {
            problems.add(PredictionProblem.of(line, "inverted", index, start, end));
            return null;
        }
        return new Prediction(start, end, label, score);
    }

    private static int offset(JsonNode span, String field, int index, int line, List<PredictionProblem> problems) {
        JsonNode value = span.get(field);
        if (value == null) {
            problems.add(PredictionProblem.of(line, "missing", index, field));
            return -1;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            problems.add(PredictionProblem.of(line, "field", "spans[" + index + "]." + field, shorten(value.toString())));
            return -1;
        }
        return value.intValue();
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
