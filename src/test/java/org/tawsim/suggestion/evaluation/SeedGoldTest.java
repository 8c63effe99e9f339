package org.tawsim.suggestion.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-made gold of the seed articles: every offset covers the text it was meant to, by the guidelines. */
class SeedGoldTest {

    private static final Set<String> LABELS = Set.of("PERSON", "ORG", "LOCATION", "EVENT");
    /** What may stand between the start of a word and a span: nothing or a proclitic sequence. */
    private static final Set<String> PROCLITICS = Set.of("", "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل");

    private final List<SeedGold.Article> articles = SeedGold.articles();

    @Test
    void the_texts_are_the_seed_articles() throws IOException {
        List<Path> files;
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            files = seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(articles).extracting(SeedGold.Article::id)
                .containsExactlyElementsOf(files.stream().map(p -> p.getFileName().toString().replace(".txt", "")).toList());
        for (int i = 0; i < files.size(); i++) {
            assertThat(articles.get(i).text()).isEqualTo(Files.readString(files.get(i), StandardCharsets.UTF_8));
        }
    }

    @Test
    void every_span_covers_its_surface_text_on_whole_words_with_only_proclitics_outside() {
        for (SeedGold.Article article : articles) {
            int[] cps = article.text().codePoints().toArray();
            int previousEnd = 0;
            for (SeedGold.Span span : article.spans()) {
                String where = article.id() + " " + span;
                assertThat(span.end()).as(where).isLessThanOrEqualTo(cps.length);
                assertThat(new String(cps, span.start(), span.end() - span.start())).as(where).isEqualTo(span.surface());
                assertThat(span.label()).as(where).isIn(LABELS);
                assertThat(span.start()).as(where + " overlaps the span before").isGreaterThanOrEqualTo(previousEnd);
                previousEnd = span.end();
                int wordStart = span.start();
                while (wordStart > 0 && isWordChar(cps[wordStart - 1])) {
                    wordStart--;
                }
                assertThat(new String(cps, wordStart, span.start() - wordStart)).as(where).isIn(PROCLITICS);
                assertThat(span.end() == cps.length || !isWordChar(cps[span.end()])).as(where + " ends inside a word").isTrue();
            }
        }
    }

    @Test
    void the_spans_meant_by_hand() {
        assertThat(span("000_9720df9780ae2cfa", 61)).isEqualTo(new SeedGold.Span(61, 65, "LOCATION", "درعا")); // ب|درعا
        assertThat(span("001_amman_water_summit", 820)).isEqualTo(new SeedGold.Span(820, 838, "LOCATION", "نَهْرِ الأُرْدُنِّ"));
        assertThat(span("004_lebanon_floods_relief", 1030)).isEqualTo(new SeedGold.Span(1030, 1035, "LOCATION", "ببنين")); // a town, no clitic
        assertThat(span("004_lebanon_floods_relief", 127)).isEqualTo(new SeedGold.Span(127, 131, "EVENT", "ليلى")); // the storm
        assertThat(span("005_cairo_cup_final", 1862)).isEqualTo(new SeedGold.Span(1862, 1867, "ORG", "لفيفا")); // ل|لفيفا
        assertThat(span("005_cairo_cup_final", 762)).isEqualTo(new SeedGold.Span(762, 771, "ORG", "الأهـــلي")); // tatweel
        assertThat(span("006_basra_mirbad_festival", 1810)).isEqualTo(new SeedGold.Span(1810, 1822, "ORG", "جامعة البصرة"));
    }

    @Test
    void counts_per_label() {
        Map<String, Integer> counts = new TreeMap<>();
        articles.forEach(a -> a.spans().forEach(s -> counts.merge(s.label(), 1, Integer::sum)));
        assertThat(articles).hasSize(7);
        assertThat(counts).isEqualTo(Map.of("EVENT", 20, "LOCATION", 143, "ORG", 98, "PERSON", 64));
        assertThat(articles.get(0).document().spans()).hasSize(54);
    }

    private SeedGold.Span span(String article, int start) {
        return articles.stream().filter(a -> a.id().equals(article)).findFirst().orElseThrow().spans().stream()
                .filter(s -> s.start() == start).findFirst().orElseThrow();
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
