package org.tawsim.suggestion.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The normalization and clitic table of issue 17: each row is a learnt form, a text, and where the suggestion must
 * be (code points, end exclusive), on the stem only with the clitics outside, as annotators mark it.
 */
class ArabicMatchTest {

    @ParameterizedTest(name = "{0} in {1} → [{2},{3})")
    @CsvSource(delimiter = '|', textBlock = """
            # learnt form | text                | start | end
            درعا          | ودرعا               | 1     | 5
            درعا          | بدرعا               | 1     | 5
            درعا          | فبدرعا              | 2     | 6
            درعا          | لدرعا               | 1     | 5
            درعا          | في درعا اليوم       | 3     | 7
            جيش           | للجيش               | 2     | 5
            جيش           | الجيش               | 2     | 5
            جيش           | وبالجيش             | 4     | 7
            الجيش         | والجيش              | 1     | 6
            الأمن         | بالامن              | 1     | 6
            إبراهيم       | ابراهيم             | 0     | 7
            ابراهيم       | آبراهيم             | 0     | 7
            مصطفى         | مصطفي               | 0     | 5
            درعا          | دَرْعَا              | 0     | 7
            درعا          | بدرعاً               | 1     | 6
            سهل           | سهّل                | 0     | 4
            درعا          | لـدرعا              | 2     | 6
            Reuters       | قالت Reuters.       | 5     | 12
            2022          | في 2022-10-20       | 3     | 7
            ٢٠٢٢          | عام ٢٠٢٢            | 4     | 8
            """)
    void findsTheStemWithTheCliticOutside(String form, String text, int start, int end) {
        List<Match> found = matcher(false, form).find(text);
        assertThat(found).extracting(Match::start, Match::end).containsExactly(org.assertj.core.groups.Tuple.tuple(start, end));
        assertThat(found.get(0).label()).isEqualTo("LOCATION");
    }

    @ParameterizedTest(name = "{0} not in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            درعا    | الدرعاوي
            درعا    | درعاوي
            رعا     | درعا
            درعا    | مدرعات
            الجيش   | للجيش
            Reuters | Reutersx
            Reuters | reuters
            2022    | 20221
            حماة    | حماه
            """)
    void doesNotMatchInsideALongerWord(String form, String text) {
        assertThat(matcher(false, form).find(text)).isEmpty();
    }

    @Test
    void taMarbutaAndHaAreOneLetterOnlyWhenAsked() {
        assertThat(matcher(true, "حماة").find("في حماه")).extracting(Match::start, Match::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 7));
        assertThat(matcher(false, "حماة").find("في حماه")).isEmpty();
    }

    @Test
    void theLongestMultiWordFormWinsAndMatchingGoesOnAfterIt() {
        MatchDictionary dictionary = new MatchDictionary(new ArabicNormalizer(false));
        dictionary.add("درعا", "LOCATION");
        dictionary.add("درعا البلد", "LOCATION");
        List<Match> found = new StringMatcher(dictionary).find("في درعا البلد ودرعا");
        assertThat(found).extracting(Match::start, Match::end, Match::form).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, 13, "درعا البلد"), org.assertj.core.groups.Tuple.tuple(15, 19, "درعا"));
    }

    @Test
    void aMultiWordFormMatchesAcrossAnyWhiteSpace() {
        assertThat(matcher(false, "درعا البلد").find("درعا  \nالبلد")).extracting(Match::start, Match::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 12));
    }

    @Test
    void aFormLearntWithSeveralLabelsSuggestsEachWithItsShare() {
        MatchDictionary dictionary = new MatchDictionary(new ArabicNormalizer(false));
        dictionary.add("درعا", "LOCATION", 2);
        dictionary.add("دَرعا", "ORG");
        List<Match> found = new StringMatcher(dictionary).find("بدرعا");
        assertThat(found).extracting(Match::label, Match::score).containsExactly(
                org.assertj.core.groups.Tuple.tuple("LOCATION", 2 / 3.0), org.assertj.core.groups.Tuple.tuple("ORG", 1 / 3.0));
        assertThat(dictionary.size()).isOne();
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        // an emoji before the word takes two UTF-16 units but one code point
        assertThat(matcher(false, "درعا").find("😀 بدرعا")).extracting(Match::start, Match::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 7));
    }

    @Test
    void normalizationMapsBackToOriginalOffsets() {
        NormalizedText text = new ArabicNormalizer(false).normalize("أَحْمَـد  و");
        assertThat(text.toString()).isEqualTo("احمد و");
        assertThat(text.originalStart(0)).isZero();
        assertThat(text.originalEnd(4)).as("the tatweel before د is skipped, the marks after letters kept").isEqualTo(8);
        assertThat(text.originalStart(5)).isEqualTo(10);
    }

    private static StringMatcher matcher(boolean taMarbutaAsHa, String form) {
        MatchDictionary dictionary = new MatchDictionary(new ArabicNormalizer(taMarbutaAsHa));
        dictionary.add(form, "LOCATION");
        return new StringMatcher(dictionary);
    }
}
