package org.tawsim.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tawsim.text.CodePoints;
import org.tawsim.text.TextRange;
import org.tawsim.text.Token;

/**
 * Writes one JSON object per line per (document, source), in the spaCy / Prodigy conventions:
 * <pre>
 * {"id":"…","text":"…","source":"gold","meta":{…},
 *  "tokens":[{"text":"ب","start":40,"end":41,"id":8},…],
 *  "spans":[{"id":7,"start":41,"end":45,"label":"LOCATION","token_start":9,"token_end":9,"text":"درعا"},…],
 *  "chains":[[7,12],…]}
 * </pre>
 * Offsets are Unicode code points, i.e. Python string indices: {@code text[start:end] == span["text"]} holds in
 * Python even after an emoji. {@code token_end} is the index of the span's last token (inclusive), as Prodigy
 * writes it; tokens are split at span boundaries so every span is whole tokens. A span that covers only
 * whitespace has {@code null} token_start and token_end. Spans are written in text order (start, then longer
 * first, then id) whatever order they come in, so a round trip keeps them up to that order; chains are lists of
 * span ids as given. UTF-8, no whitespace between tokens of JSON, one
 * {@code \n} after each object; U+2028, U+2029 and U+0085 are escaped because some line splitters
 * (Python's str.splitlines, JavaScript) take them for line ends.
 */
public final class JsonlWriter implements CorpusWriter, Flushable {

    private static final Comparator<CorpusSpan> TEXT_ORDER = Comparator.comparingInt(CorpusSpan::start)
            .thenComparing(Comparator.comparingInt(CorpusSpan::end).reversed())
            .thenComparingLong(CorpusSpan::id);

    private final Writer out;
    private int spans;
    private int chains;

    /** Writes to {@code out}, which the caller opened for UTF-8; {@link #close()} closes it. */
    public JsonlWriter(Writer out) {
        this.out = out;
    }

    /** Writes UTF-8 to {@code out}; {@link #close()} closes it. */
    public JsonlWriter(OutputStream out) {
        this(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    public void write(CorpusDocument document) throws IOException {
        write(document, List.of());
    }

    /** @param sharedSpans spans of the same text from other sources, whose boundaries split tokens too */
    public void write(CorpusDocument document, List<TextRange> sharedSpans) throws IOException {
        spans += document.spans().size();
        chains += document.chains().size();
        SegmentedDocument segmented = SegmentedDocument.of(document, sharedSpans);
        CodePoints text = CodePoints.of(document.text());
        // one generator per line; closing it flushes into out without closing or flushing out itself
        JsonGenerator json = JsonFields.MAPPER.createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)
                .setCharacterEscapes(LineSafeEscapes.INSTANCE);
        json.writeStartObject();
        json.writeStringField("id", document.id());
        json.writeStringField("text", document.text());
        json.writeStringField("source", document.source());
        json.writeFieldName("meta");
        json.writeObject(document.meta());
        writeTokens(json, segmented.tokens());
        writeSpans(json, segmented, text);
        json.writeArrayFieldStart("chains");
        for (List<Long> chain : document.chains()) {
            json.writeStartArray();
            for (Long id : chain) {
                json.writeNumber(id);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        out.write('\n');
    }

    private static void writeTokens(JsonGenerator json, List<Token> tokens) throws IOException {
        json.writeArrayFieldStart("tokens");
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            json.writeStartObject();
            json.writeStringField("text", token.text());
            json.writeNumberField("start", token.start());
            json.writeNumberField("end", token.end());
            json.writeNumberField("id", i);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeSpans(JsonGenerator json, SegmentedDocument segmented, CodePoints text)
            throws IOException {
        List<CorpusSpan> spans = new ArrayList<>(segmented.document().spans());
        spans.sort(TEXT_ORDER);
        json.writeArrayFieldStart("spans");
        for (CorpusSpan span : spans) {
            TokenIndices tokens = segmented.tokensOf(span);
            json.writeStartObject();
            json.writeNumberField("id", span.id());
            json.writeNumberField("start", span.start());
            json.writeNumberField("end", span.end());
            json.writeStringField("label", span.label());
            json.writeFieldName("token_start");
            if (tokens == null) {
                json.writeNull();
            } else {
                json.writeNumber(tokens.first());
            }
            json.writeFieldName("token_end");
            if (tokens == null) {
                json.writeNull();
            } else {
                json.writeNumber(tokens.last());
            }
            json.writeStringField("text", text.substring(span.start(), span.end()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    @Override
    public void writeDocument(CorpusDocument document, List<TextRange> sharedSpans) throws IOException {
        write(document, sharedSpans);
    }

    /** JSONL holds nested spans and chains as they are: nothing is dropped. */
    @Override
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("written", spans);
        counts.put("chains", chains);
        return counts;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Standard JSON escapes plus the Unicode line and paragraph separators and NEL. */
    private static final class LineSafeEscapes extends CharacterEscapes {

        static final LineSafeEscapes INSTANCE = new LineSafeEscapes();
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case 0x2028 -> new SerializedString("\\u2028");
                case 0x2029 -> new SerializedString("\\u2029");
                case 0x0085 -> new SerializedString("\\u0085");
                default -> null;
            };
        }
    }
}
