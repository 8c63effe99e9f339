package org.tawsim.suggestion.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tawsim.text.TextRange;
import org.tawsim.text.Token;

class ModelTokensTest {

    private static List<String> words(String text) {
        return ModelTokens.sentences(text).stream().flatMap(List::stream).map(Token::text).toList();
    }

    @Test
    void proclitics_become_tokens_of_their_own() {
        assertThat(words("بدرعا ودرعا لدرعا فبدرعا")).containsExactly("ب", "درعا", "و", "درعا", "ل", "درعا", "ف", "ب", "درعا");
    }

    @Test
    void the_article_stays_on_its_word_and_short_stems_stay_whole() {
        assertThat(words("والجيش بالأمن لم ول")).containsExactly("و", "الجيش", "ب", "الأمن", "لم", "ول");
    }

    @Test
    void a_diacritic_stays_with_its_clitic_and_latin_is_untouched() {
        assertThat(words("بِدرعا Bob")).containsExactly("بِ", "درعا", "Bob");
    }

    @Test
    void offsets_are_code_points_into_the_text() {
        List<Token> tokens = ModelTokens.sentences("😀 بدرعا").get(0);
        assertThat(tokens.get(1)).isEqualTo(new Token("ب", 2, 3));
        assertThat(tokens.get(2)).isEqualTo(new Token("درعا", 3, 7));
    }

    @Test
    void training_spans_cut_tokens_and_keep_sentences_whole() {
        // "درع" is not a clitic split, the span boundary makes it one; the span crosses the full stop
        List<List<Token>> sentences = ModelTokens.sentences("درعاوي. حلب", List.of(new TextRange(0, 3), new TextRange(3, 11)));
        assertThat(sentences).hasSize(1);
        assertThat(sentences.get(0).stream().map(Token::text)).containsExactly("درع", "اوي", ".", "حلب");
    }
}
