package org.tawsim.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Strict access to the fields of one JSON line: a wrong type or a missing field is a {@link LineProblem} with
 * the field's name, never a NullPointerException or a silently coerced value ("3" is not an offset).
 */
final class JsonFields {

    /** Rejects duplicate keys and anything after the object on the line, which a lenient parser would ignore. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonFields() {
    }

    static ObjectNode parseObject(String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new LineProblem("invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new LineProblem("expected a JSON object");
        }
        return (ObjectNode) node;
    }

    static String requiredString(ObjectNode object, String field, String where) {
        JsonNode value = object.get(field);
        if (value == null) {
            throw new LineProblem(where + ": missing field '" + field + "'");
        }
        if (!value.isTextual()) {
            throw new LineProblem(where + ": field '" + field + "' must be a string");
        }
        return value.textValue();
    }

    /** A string, or null when the field is missing or null. */
    static String optionalString(ObjectNode object, String field, String where) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new LineProblem(where + ": field '" + field + "' must be a string");
        }
        return value.textValue();
    }

    /** A string or an integer given as an identifier, or null when missing. */
    static String optionalId(ObjectNode object, String field, String where) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual() && !value.textValue().isBlank()) {
            return value.textValue();
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        throw new LineProblem(where + ": field '" + field + "' must be a string or an integer");
    }

    static int offsetField(JsonNode container, String field, String where) {
        return offset(container.get(field), "field '" + field + "'", where);
    }

    /** A code-point offset: a non-negative integer that fits an int. */
    static int offset(JsonNode value, String what, String where) {
        if (value == null) {
            throw new LineProblem(where + ": missing " + what);
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            throw new LineProblem(where + ": " + what + " must be a non-negative integer, not " + value);
        }
        return value.intValue();
    }

    static long id(JsonNode value, String where) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new LineProblem(where + ": span id must be an integer, not " + value);
        }
        return value.longValue();
    }

    /** An array, or null when the field is missing or null. */
    static ArrayNode optionalArray(ObjectNode object, String field, String where) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw new LineProblem(where + ": field '" + field + "' must be an array");
        }
        return (ArrayNode) value;
    }

    static ObjectNode object(JsonNode value, String where) {
        if (value == null || !value.isObject()) {
            throw new LineProblem(where + " must be a JSON object");
        }
        return (ObjectNode) value;
    }

    /** An object as plain Java maps, lists, strings, numbers and booleans; empty when missing or null. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> optionalMap(ObjectNode object, String field, String where) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw new LineProblem(where + ": field '" + field + "' must be an object");
        }
        return MAPPER.convertValue(value, LinkedHashMap.class);
    }
}
