package org.tawsim.suggestion.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tawsim.suggestion.match.ArabicNormalizer;
import org.tawsim.suggestion.model.GoldSpan;
import org.tawsim.suggestion.model.HeldOutSplit;
import org.tawsim.suggestion.model.TrainingDocument;

class HardSyntheticCorpusTest {

    private static final ArabicNormalizer FOLD = new ArabicNormalizer(true);
    private final List<TrainingDocument> documents = HardSyntheticCorpus.documents(200, 8, 2026);

    @Test
    void same_seed_same_corpus() {
        assertThat(HardSyntheticCorpus.documents(200, 8, 2026)).isEqualTo(documents);
        assertThat(HardSyntheticCorpus.documents(200, 8, 2027)).isNotEqualTo(documents);
    }

    @Test
    void every_span_is_a_name_of_its_label_written_one_of_the_ways_writers_vary_it() {
        Map<String, Set<String>> names = Map.of(
                "PERSON", folded(Stream.concat(HardSyntheticCorpus.PERSONS.stream(), HardSyntheticCorpus.UNSEEN_PERSONS.stream())
                        .flatMap(n -> Stream.of(n, n.substring(n.lastIndexOf(' ') + 1))).toList()),
                "LOCATION", folded(concat(HardSyntheticCorpus.PLACES, HardSyntheticCorpus.UNSEEN_PLACES)),
                "ORG", folded(concat(HardSyntheticCorpus.ORGS, HardSyntheticCorpus.UNSEEN_ORGS)),
                "EVENT", folded(concat(HardSyntheticCorpus.EVENTS, HardSyntheticCorpus.UNSEEN_EVENTS)));
        Set<String> labels = new HashSet<>();
        for (TrainingDocument document : documents) {
            for (GoldSpan span : document.spans()) {
                String surface = FOLD.fold(LearntMatcher.surface(document.text(), span));
                // after ل the article loses its alef (لحراك is الحراك), or all of it before ل (لاذقية is اللاذقية)
                Set<String> known = names.get(span.label());
                assertThat(known.contains(surface) || surface.startsWith("ل")
                        && (known.contains("ا" + surface) || known.contains("ال" + surface))).as(span + " " + surface).isTrue();
                labels.add(span.label());
            }
        }
        assertThat(labels).containsExactlyInAnyOrder("PERSON", "ORG", "LOCATION", "EVENT");
    }

    @Test
    void unseen_names_only_in_held_out_documents() {
        HeldOutSplit<TrainingDocument> split = HeldOutSplit.of(documents);
        Set<String> unseen = folded(Stream.of(HardSyntheticCorpus.UNSEEN_PERSONS, HardSyntheticCorpus.UNSEEN_PLACES,
                HardSyntheticCorpus.UNSEEN_ORGS, HardSyntheticCorpus.UNSEEN_EVENTS).flatMap(List::stream).toList());
        assertThat(surfaces(split.training())).doesNotContainAnyElementsOf(unseen);
        Set<String> heldOut = surfaces(split.heldOut());
        assertThat(unseen.stream().filter(heldOut::contains).count()).isGreaterThan(10);
    }

    @Test
    void spelling_variants_clitics_and_ambiguous_forms_occur() {
        List<String> raw = documents.stream().flatMap(d -> d.spans().stream().map(s -> LearntMatcher.surface(d.text(), s))).toList();
        assertThat(raw).anyMatch(s -> s.contains("ــ"));                   // tatweel
        assertThat(raw).anyMatch(s -> s.matches(".*[\u064E-\u0652].*"));   // diacritics
        assertThat(raw).contains("حماه", "ادلب", "لحراك", "مجلس مدينة درعا", "جاسم", "جاسم الرفاعي");
        long afterClitic = documents.stream().flatMap(d -> d.spans().stream().filter(s -> s.start() > 0
                && "وفبكل".indexOf(d.text().codePointAt(d.text().offsetByCodePoints(0, s.start() - 1))) >= 0)).count();
        assertThat(afterClitic).isGreaterThan(100);
    }

    private static Set<String> surfaces(List<TrainingDocument> documents) {
        Set<String> surfaces = new HashSet<>();
        documents.forEach(d -> d.spans().forEach(s -> surfaces.add(FOLD.fold(LearntMatcher.surface(d.text(), s)))));
        return surfaces;
    }

    private static Set<String> folded(List<String> names) {
        Set<String> folded = new HashSet<>();
        names.forEach(n -> folded.add(FOLD.fold(n)));
        return folded;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
