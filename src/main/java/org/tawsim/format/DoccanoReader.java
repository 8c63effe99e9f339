package org.tawsim.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tawsim.text.CodePoints;

/**
 * Reads doccano's sequence-labelling JSONL export:
 * {@code {"text": "...", "label": [[start, end, "LABEL"], ...]}}. Offsets are Python string indices, i.e. code
 * points, as ours. The entity form of newer doccano versions,
 * {@code "entities": [{"start_offset": s, "end_offset": e, "label": "LABEL"}, ...]}, and the older key
 * {@code "labels"} are read too; a line may use only one of the three.
 *
 * <p>The document id is doccano's {@code id} when present, else the line number. Every other field (doccano
 * writes e.g. {@code Comments}, {@code relations}) is kept in meta. Spans get the ids 0, 1, ... in file order;
 * overlapping spans are kept as they are. Blank lines are skipped.
 */
public final class DoccanoReader extends JsonLinesReader {

    private static final List<String> SPAN_FIELDS = List.of("label", "labels", "entities");

    /** @param labels the allowed span labels, or null to accept any */
    public DoccanoReader(Set<String> labels) {
        super(labels);
    }

    public DoccanoReader() {
        this(null);
    }

    @Override
    CorpusDocument parse(String line, int lineNumber) {
        ObjectNode object = JsonFields.parseObject(line);
        String text = JsonFields.requiredString(object, "text", "document");
        TextRules.checkText(text, "document");
        String id = JsonFields.optionalId(object, "id", "document");
        if (id != null) {
            TextRules.check(id, "document: id");
        }
        int length = CodePoints.of(text).length();
        String spanField = null;
        for (String field : SPAN_FIELDS) {
            if (object.has(field)) {
                if (spanField != null) {
                    throw new LineProblem("document: both '" + spanField + "' and '" + field + "' are given");
                }
                spanField = field;
            }
        }
        List<CorpusSpan> spans = new ArrayList<>();
        ArrayNode entries = spanField == null ? null : JsonFields.optionalArray(object, spanField, "document");
        if (entries != null) {
            for (int i = 0; i < entries.size(); i++) {
                String where = spanField + " " + i;
                spans.add(spanField.equals("entities")
                        ? entity(entries.get(i), i, length, where)
                        : triple(entries.get(i), i, length, where));
            }
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!field.getKey().equals("text") && !field.getKey().equals("id")
                    && !SPAN_FIELDS.contains(field.getKey())) {
                meta.put(field.getKey(), JsonFields.MAPPER.convertValue(field.getValue(), Object.class));
            }
        }
        return new CorpusDocument(id == null ? String.valueOf(lineNumber) : id, text, null, meta, spans, List.of());
    }

    /** [start, end, "LABEL"] */
    private CorpusSpan triple(JsonNode entry, int index, int length, String where) {
        if (entry == null || !entry.isArray() || entry.size() != 3) {
            throw new LineProblem(where + " must be [start, end, label], not " + entry);
        }
        int start = JsonFields.offset(entry.get(0), "start", where);
        int end = JsonFields.offset(entry.get(1), "end", where);
        if (!entry.get(2).isTextual()) {
            throw new LineProblem(where + ": label must be a string, not " + entry.get(2));
        }
        return span(index, start, end, entry.get(2).textValue(), length, where);
    }

    /** {"start_offset": s, "end_offset": e, "label": "LABEL"} */
    private CorpusSpan entity(JsonNode entry, int index, int length, String where) {
        ObjectNode object = JsonFields.object(entry, where);
        int start = JsonFields.offsetField(object, "start_offset", where);
        int end = JsonFields.offsetField(object, "end_offset", where);
        return span(index, start, end, JsonFields.requiredString(object, "label", where), length, where);
    }

    private CorpusSpan span(int index, int start, int end, String label, int length, String where) {
        SpanRules.checkRange(start, end, length, where);
        return new CorpusSpan(index, start, end, SpanRules.checkLabel(label, labels, where));
    }
}
