package org.tawsim.suggestion.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tawsim.suggestion.model.GoldSpan;
import org.tawsim.suggestion.model.TrainingDocument;

/**
 * The seed articles (seeds/*.txt) annotated by hand with PERSON, ORG, LOCATION and EVENT spans
 * ({@code evaluation/seed-gold.jsonl}: one article a line, its text and its spans in code points with the text each
 * covers). Guidelines: the name only, without titles or descriptors (الوزير، مدينة) unless they are part of the
 * name (نهر اليرموك، جامعة دمشق); proclitics و ف ب ك ل outside the span, the article ال inside, so ل + الفيفا
 * (للفيفا) is ل|لفيفا; no nested spans (the outer entity wins: the place inside قمة المياه والمناخ في الشرق الأوسط
 * is not marked); Latin names and acronyms in the text are marked too.
 */
public final class SeedGold {

    public static final String RESOURCE = "/evaluation/seed-gold.jsonl";

    /** One article: its file name without .txt, its text and the gold spans with the text each one covers. */
    public record Article(String id, String text, List<Span> spans) {

        public TrainingDocument document() {
            return new TrainingDocument(text, spans.stream().map(s -> new GoldSpan(s.start(), s.end(), s.label())).toList());
        }
    }

    public record Span(int start, int end, String label, String surface) {
    }

    private SeedGold() {
    }

    /** The articles in file-name order. */
    public static List<Article> articles() {
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        try (InputStream in = SeedGold.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                List<Span> spans = new ArrayList<>();
                for (JsonNode span : node.get("spans")) {
                    spans.add(new Span(span.get("start").asInt(), span.get("end").asInt(), span.get("label").asText(),
                            span.get("text").asText()));
                }
                articles.add(new Article(node.get("id").asText(), node.get("text").asText(), List.copyOf(spans)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }

    public static List<TrainingDocument> documents() {
        return articles().stream().map(Article::document).toList();
    }
}
