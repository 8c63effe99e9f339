package org.tawsim.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tawsim.text.CodePoints;

/**
 * Reads the JSONL that {@link JsonlWriter} writes, and the Prodigy-style lines it is modelled on.
 *
 * <p>Only {@code text} is required. {@code id} (string or integer) defaults to the line number; {@code source}
 * and {@code meta} may be missing; {@code spans} and {@code chains} are optional. Tokens are not kept (writers
 * tokenize again) but are checked like spans. Each span needs {@code start}, {@code end} (code points) and
 * {@code label} (a string, or null for an unlabelled mention); its {@code id} defaults to its index in the
 * array; a {@code text}, if present, must equal {@code text[start:end]}, which catches offsets counted in UTF-16
 * by another tool. token_start / token_end are ignored. Blank lines are skipped.
 */
public final class JsonlReader extends JsonLinesReader {

    /** @param labels the allowed span labels, or null to accept any */
    public JsonlReader(Set<String> labels) {
        super(labels);
    }

    public JsonlReader() {
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
        String source = JsonFields.optionalString(object, "source", "document");
        Map<String, Object> meta = JsonFields.optionalMap(object, "meta", "document");
        CodePoints codePoints = CodePoints.of(text);
        checkTokens(JsonFields.optionalArray(object, "tokens", "document"), codePoints);
        List<CorpusSpan> spans = spans(JsonFields.optionalArray(object, "spans", "document"), codePoints);
        List<List<Long>> chains = chains(JsonFields.optionalArray(object, "chains", "document"), spans);
        return new CorpusDocument(id == null ? String.valueOf(lineNumber) : id, text, source, meta, spans, chains);
    }

    private static void checkTokens(ArrayNode tokens, CodePoints text) {
        if (tokens == null) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String where = "token " + i;
            ObjectNode token = JsonFields.object(tokens.get(i), where);
            int start = JsonFields.offsetField(token, "start", where);
            int end = JsonFields.offsetField(token, "end", where);
            SpanRules.checkRange(start, end, text.length(), where);
            checkText(token, text, start, end, where);
        }
    }

    private List<CorpusSpan> spans(ArrayNode array, CodePoints text) {
        List<CorpusSpan> spans = new ArrayList<>();
        if (array == null) {
            return spans;
        }
        Map<Long, Integer> indexOfId = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String where = "span " + i;
            ObjectNode span = JsonFields.object(array.get(i), where);
            long id = span.has("id") ? JsonFields.id(span.get("id"), where) : i;
            Integer earlier = indexOfId.put(id, i);
            if (earlier != null) {
                throw new LineProblem(where + ": id " + id + " is already used by span " + earlier);
            }
            int start = JsonFields.offsetField(span, "start", where);
            int end = JsonFields.offsetField(span, "end", where);
            SpanRules.checkRange(start, end, text.length(), where);
            if (!span.has("label")) {
                throw new LineProblem(where + ": missing field 'label'");
            }
            String label = JsonFields.optionalString(span, "label", where);
            if (label != null) {
                SpanRules.checkLabel(label, labels, where);
            }
            checkText(span, text, start, end, where);
            spans.add(new CorpusSpan(id, start, end, label));
        }
        return spans;
    }

    private static void checkText(ObjectNode node, CodePoints text, int start, int end, String where) {
        String claimed = JsonFields.optionalString(node, "text", where);
        if (claimed != null && !claimed.equals(text.substring(start, end))) {
            throw new LineProblem(where + ": text '" + claimed + "' is not the text at [" + start + ", " + end
                    + ") in code points, '" + text.substring(start, end) + "'");
        }
    }

    private static List<List<Long>> chains(ArrayNode array, List<CorpusSpan> spans) {
        List<List<Long>> chains = new ArrayList<>();
        if (array == null) {
            return chains;
        }
        Map<Long, Integer> chainOfSpan = new HashMap<>();
        for (CorpusSpan span : spans) {
            chainOfSpan.put(span.id(), -1);
        }
        for (int c = 0; c < array.size(); c++) {
            String where = "chain " + c;
            JsonNode chain = array.get(c);
            if (!chain.isArray() || chain.isEmpty()) {
                throw new LineProblem(where + " must be a non-empty array of span ids");
            }
            List<Long> members = new ArrayList<>();
            for (JsonNode member : chain) {
                long id = JsonFields.id(member, where);
                Integer previous = chainOfSpan.get(id);
                if (previous == null) {
                    throw new LineProblem(where + ": unknown span id " + id);
                }
                if (previous >= 0) {
                    throw new LineProblem(where + ": span " + id + " is already in chain " + previous);
                }
                chainOfSpan.put(id, c);
                members.add(id);
            }
            chains.add(members);
        }
        return chains;
    }
}
