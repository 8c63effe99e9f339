package org.tawsim.suggestion.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.tawsim.suggestion.Proposal;

/** The external service's answers read against the text they were asked about (docs/external-recommender.md). */
class ExternalAnswerTest {

    /** 21 code points: "😀" (outside the BMP, two UTF-16 units) at 0, درعا at [16, 20). */
    private static final String TEXT = "😀 وصل الوفد إلى درعا.";
    private static final List<String> LABELS = List.of("LOCATION", "ORG");

    @Test
    void readsSpansInCodePointsWithScoreDefaultingToOne() {
        assertThat(TEXT.codePointCount(0, TEXT.length())).isEqualTo(21);
        assertThat(TEXT.length()).isEqualTo(22);
        var reading = ExternalAnswer.read(200, """
                {"spans":[{"start":16,"end":20,"label":"LOCATION","score":0.8},{"start":7,"end":12,"label":"ORG"}]}""", TEXT, LABELS);
        assertThat(reading.problem()).isNull();
        assertThat(reading.failed()).isFalse();
        assertThat(reading.proposals()).containsExactly(new Proposal(16, 20, "LOCATION", 0.8), new Proposal(7, 12, "ORG", 1.0));
        // [16, 20) in code points is درعا; the same numbers as UTF-16 units would be off by one
        assertThat(new String(TEXT.codePoints().skip(16).limit(4).toArray(), 0, 4)).isEqualTo("درعا");
    }

    @Test
    void anEndAtTheLastCodePointIsInsideAndOnePastIsOut() {
        var atEnd = ExternalAnswer.read(200, "{\"spans\":[{\"start\":20,\"end\":21,\"label\":\"ORG\"}]}", TEXT, LABELS);
        assertThat(atEnd.proposals()).hasSize(1);
        var past = ExternalAnswer.read(200, "{\"spans\":[{\"start\":20,\"end\":22,\"label\":\"ORG\"}]}", TEXT, LABELS);
        assertThat(past.proposals()).isEmpty();
        assertThat(past.problem()).isEqualTo(new ExternalProblem(ExternalProblem.SPANS_DROPPED,
                List.of("1", "1", ExternalProblem.DROP_OUT_OF_RANGE, "20", "22", "21")));
    }

    @Test
    void badSpansAreDroppedOneByOneAndCountedWithTheFirstReason() {
        var reading = ExternalAnswer.read(200, """
                {"spans":[{"start":16,"end":20,"label":"PER"},
                          {"start":16,"end":20,"label":"LOCATION"},
                          {"start":-1,"end":3,"label":"ORG"},
                          {"start":5,"end":5,"label":"ORG"},
                          {"start":1,"end":3,"label":"ORG","score":1.5},
                          {"start":1,"end":3,"label":"ORG","score":"high"},
                          {"start":1.5,"end":3,"label":"ORG"},
                          {"start":1,"end":3},
                          "nonsense",
                          {"start":1,"end":3,"label":"ORG","score":0}]}""", TEXT, LABELS);
        assertThat(reading.proposals()).containsExactly(new Proposal(16, 20, "LOCATION", 1.0), new Proposal(1, 3, "ORG", 0.0));
        assertThat(reading.total()).isEqualTo(10);
        assertThat(reading.dropped()).isEqualTo(8);
        assertThat(reading.failed()).as("a partial answer is still an answer").isFalse();
        assertThat(reading.problem().args()).containsExactly("8", "10", ExternalProblem.DROP_UNKNOWN_LABEL, "PER");
        assertThat(reading.problem().message(ExternalAnswerTest::english)).isEqualTo("8 of 10 spans dropped: unknown label PER");
    }

    @Test
    void eachDropReasonIsNamed() {
        assertThat(firstReason("{\"start\":5,\"end\":5,\"label\":\"ORG\"}")).containsExactly(ExternalProblem.DROP_EMPTY, "5", "5");
        assertThat(firstReason("{\"start\":6,\"end\":5,\"label\":\"ORG\"}")).containsExactly(ExternalProblem.DROP_EMPTY, "6", "5");
        assertThat(firstReason("{\"start\":1,\"end\":2,\"label\":\"ORG\",\"score\":-0.1}")).containsExactly(ExternalProblem.DROP_SCORE, "-0.1");
        assertThat(firstReason("{\"start\":\"1\",\"end\":2,\"label\":\"ORG\"}")).containsExactly(ExternalProblem.DROP_MALFORMED);
        assertThat(firstReason("{\"start\":1,\"end\":2,\"label\":7}")).containsExactly(ExternalProblem.DROP_MALFORMED);
        assertThat(firstReason("{\"start\":1,\"end\":99999999999,\"label\":\"ORG\"}")).containsExactly(ExternalProblem.DROP_MALFORMED);
    }

    @Test
    void wholeAnswersThatCannotBeUsedGiveNothingAndAProblem() {
        assertThat(problem(500, "{\"spans\":[]}")).isEqualTo(ExternalProblem.of(ExternalProblem.STATUS, 500));
        assertThat(problem(302, "")).isEqualTo(ExternalProblem.of(ExternalProblem.STATUS, 302));
        assertThat(problem(200, "<html>oops</html>")).isEqualTo(ExternalProblem.of(ExternalProblem.NOT_JSON));
        assertThat(problem(200, "")).isEqualTo(ExternalProblem.of(ExternalProblem.SHAPE));
        assertThat(problem(200, "{\"spans\":[]} trailing")).isEqualTo(ExternalProblem.of(ExternalProblem.NOT_JSON));
        assertThat(problem(200, "[]")).isEqualTo(ExternalProblem.of(ExternalProblem.SHAPE));
        assertThat(problem(200, "{\"spans\":{}}")).isEqualTo(ExternalProblem.of(ExternalProblem.SHAPE));
        assertThat(problem(200, "{\"results\":[]}")).isEqualTo(ExternalProblem.of(ExternalProblem.SHAPE));
        var empty = ExternalAnswer.read(200, "{\"spans\":[]}", TEXT, LABELS);
        assertThat(empty.failed()).isFalse();
        assertThat(empty.problem()).isNull();
    }

    @Test
    void urlsMustBeAbsoluteHttpOrHttpsWithoutCredentials() {
        assertThat(ServiceUrl.parse("https://ner.example.org/suggest")).isPresent();
        assertThat(ServiceUrl.parse("http://127.0.0.1:8000/")).isPresent();
        assertThat(ServiceUrl.parse("  HTTP://host/x  ")).isPresent();
        for (String bad : new String[] {null, "", " ", "ner.example.org/suggest", "/suggest", "ftp://host/x",
                "file:///etc/passwd", "javascript:alert(1)", "https://user:pw@host/x", "http://", "http://host/a b",
                "https://host/x#frag", "https://host/" + "a".repeat(ServiceUrl.MAX_LENGTH)}) {
            assertThat(ServiceUrl.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void theCacheKeepsTheMostRecentlyUsedAnswersAndWaitsAfterAFailure() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-04T12:00:00Z"));
        Clock clock = new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now.get();
            }
        };
        AnswerCache cache = new AnswerCache(2, Duration.ofSeconds(30), clock);
        var a = new AnswerCache.Key(1, 1, 10, "a");
        var b = new AnswerCache.Key(1, 1, 11, "b");
        var c = new AnswerCache.Key(1, 1, 12, "c");
        cache.answered(a, List.of(new Proposal(0, 1, "ORG", 1.0)));
        cache.answered(b, List.of());
        assertThat(cache.answer(a)).isPresent(); // a is now the most recently used
        cache.answered(c, List.of());
        assertThat(cache.answer(b)).as("least recently used goes first").isEmpty();
        assertThat(cache.answer(a)).isPresent();
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.answer(new AnswerCache.Key(1, 2, 10, "a"))).as("a new configuration asks afresh").isEmpty();

        cache.failed(new AnswerCache.Key(1, 1, 13, "d"));
        assertThat(cache.waiting(new AnswerCache.Key(1, 1, 14, "e"))).as("the whole configuration waits").isTrue();
        assertThat(cache.waiting(new AnswerCache.Key(1, 2, 14, "e"))).as("a saved change does not").isFalse();
        assertThat(cache.waiting(new AnswerCache.Key(2, 1, 14, "e"))).as("nor another project").isFalse();
        now.set(now.get().plusSeconds(29));
        assertThat(cache.waiting(new AnswerCache.Key(1, 1, 14, "e"))).isTrue();
        now.set(now.get().plusSeconds(1));
        assertThat(cache.waiting(new AnswerCache.Key(1, 1, 14, "e"))).isFalse();
    }

    private static List<String> firstReason(String span) {
        var problem = ExternalAnswer.read(200, "{\"spans\":[" + span + "]}", TEXT, LABELS).problem();
        return problem.args().subList(2, problem.args().size());
    }

    private static ExternalProblem problem(int status, String body) {
        var reading = ExternalAnswer.read(status, body, TEXT, LABELS);
        assertThat(reading.failed()).isTrue();
        assertThat(reading.proposals()).isEmpty();
        return reading.problem();
    }

    private static String english(String key, Object[] args) {
        return org.tawsim.base.UserError.translate(key, args, java.util.Locale.ENGLISH);
    }
}
