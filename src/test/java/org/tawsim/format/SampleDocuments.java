package org.tawsim.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents behind the golden files under src/test/resources/golden. The golden files were written
 * independently of the Java writers (JSONL by a Python script using Python string indices, CoNLL by hand) and
 * the CoNLL-2012 file was checked with the reference scorer's reading logic.
 */
final class SampleDocuments {

    /** From the founding article: a clitic span (ب|درعا), nested spans and two chains. */
    static final String JASIM_TEXT = "من وراء ظهور خلايا تنظيم الدولة في جاسم بدرعا؟ ومن يقاتلهم؟\n\n"
            + "قالت مصادر لـ موقع تلفزيون سوريا إن مدينة جاسم شهدت اشتباكات مع التنظيم.";

    /** An emoji and a supplementary letter (𝐀) before the entities: code points and UTF-16 differ. */
    static final String EMOJI_TEXT = "😀 قال John Smith إن 𝐀 بدرعا آمنة.";

    private SampleDocuments() {
    }

    static CorpusDocument jasim() {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("url", "https://www.syria.tv/jasim");
        meta.put("published", "2022-10-20");
        meta.put("paragraphs", 2);
        // in text order, as the JSONL writer orders spans, so that the golden file reads back equal
        return new CorpusDocument("jasim-001", JASIM_TEXT, "gold", meta, List.of(
                new CorpusSpan(17, 19, 31, "ORG"),        // تنظيم الدولة
                new CorpusSpan(11, 35, 39, "LOCATION"),   // جاسم
                new CorpusSpan(12, 41, 45, "LOCATION"),   // درعا inside بدرعا
                new CorpusSpan(13, 80, 93, "ORG"),        // تلفزيون سوريا
                new CorpusSpan(14, 88, 93, "LOCATION"),   // سوريا, nested in 13
                new CorpusSpan(15, 97, 107, "LOCATION"),  // مدينة جاسم
                new CorpusSpan(16, 103, 107, "LOCATION"), // جاسم, nested in 15
                new CorpusSpan(18, 125, 132, "ORG")),     // التنظيم
                List.of(List.of(11L, 15L, 16L), List.of(17L, 18L)));
    }

    static CorpusDocument emoji() {
        return new CorpusDocument("emoji-002", EMOJI_TEXT, "annotator1", Map.of(), List.of(
                new CorpusSpan(21, 6, 16, "PERSON"),      // John Smith
                new CorpusSpan(22, 23, 27, "LOCATION")),  // درعا
                List.of());
    }

    static String golden(String path) {
        try (InputStream in = SampleDocuments.class.getResourceAsStream("/golden/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no golden file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Python's text[start:end]: offsets counted in code points. */
    static String slice(String text, int start, int end) {
        return new String(text.codePoints().skip(start).limit(end - start).toArray(), 0, end - start);
    }
}
