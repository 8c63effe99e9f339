package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.RecommenderSettings;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/**
 * Suggestions in the editor, in default settings and both UI languages: marking درعا as LOCATION suggests its other
 * occurrences (inside بدرعا the stem only), `]` focuses one and says so, `Enter` accepts it as a span with the clitic
 * outside (read back over the API) and counted as accepted in the lead's statistics, `Ctrl`+`Z` takes it back, and
 * one rejected with `Backspace` is not offered again after a reload.
 */
class SuggestionsBrowserTest extends BrowserTest {

    static final String TEXT = "اشتباكات عنيفة في درعا أمس.\nوصل رتل عسكري بدرعا صباح اليوم.\nوقال مصدر من ريف درعا الغربي إن الوضع هادئ.";

    @Autowired
    OneDocument oneDocument;
    @Autowired
    RecommenderService recommenders;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void acceptUndoAndRejectWithTheKeys(String language) {
        OneDocument.Setup doc = oneDocument.assigned(TEXT, language);
        logIn(doc.login(), Teams.PASSWORD);
        gridTexts("my-documents");
        driver.get(url("documents/" + doc.documentId()));
        EditorPage editor = new EditorPage(driver);
        int first = TEXT.indexOf("درعا");                 // the text is all in the BMP: UTF-16 index = code point
        int stem = TEXT.indexOf("بدرعا") + 1;             // ب|درعا
        int last = TEXT.lastIndexOf("درعا");
        String marked = first + ":" + (first + 4) + ":LOCATION";
        String inBdaraa = stem + ":" + (stem + 4) + ":LOCATION";
        String third = last + ":" + (last + 4) + ":LOCATION";
        assertThat(suggested()).isEmpty();

        editor.focus().select(first, first + 4).press("3").saved();
        assertThat(editor.storedSpans()).containsExactly(marked);
        wait.until(d -> suggested().equals(List.of(inBdaraa, third)));

        // ] focuses the first in reading order: marked, scrolled to, and read out in the UI language.
        editor.focus().press("]");
        assertThat(focusedSuggestion()).isEqualTo(stem + ":" + (stem + 4));
        assertThat(announced()).contains(language.equals("ar") ? "الاقتراح 1 من 2" : "Suggestion 1 of 2").contains("درعا");
        assertThat(acceptedByTheStringMatcher(doc)).isZero();
        editor.press(Keys.ENTER).saved();
        assertThat(editor.storedSpans()).containsExactly(marked, inBdaraa);
        wait.until(d -> suggested().equals(List.of(third)));
        // the editor made the span itself and, once it was saved, told the server for the acceptance rate
        wait.until(d -> acceptedByTheStringMatcher(doc) == 1);

        editor.undo().saved();
        assertThat(editor.storedSpans()).containsExactly(marked);
        wait.until(d -> suggested().equals(List.of(inBdaraa, third)));

        // Back from the first one: [ wraps around to the last; Backspace rejects it (no span goes).
        editor.press("]");
        assertThat(focusedSuggestion()).isEqualTo(stem + ":" + (stem + 4));
        editor.press("[");
        assertThat(focusedSuggestion()).isEqualTo(last + ":" + (last + 4));
        editor.press(Keys.BACK_SPACE);
        wait.until(d -> suggested().equals(List.of(inBdaraa)));
        assertThat(announced()).contains(language.equals("ar") ? "رُفض الاقتراح" : "Suggestion rejected");
        assertThat(editor.storedSpans()).containsExactly(marked);

        driver.navigate().refresh();
        editor = new EditorPage(driver);
        wait.until(d -> !suggested().isEmpty());
        assertThat(suggested()).containsExactly(inBdaraa);
        assertThat(js("return document.querySelector('#tw-suggestions li[data-surface=\"درعا\"]').dataset.count")).isEqualTo("1");
    }

    /** What the lead's statistics count as accepted from the string matcher in the document's project. */
    private int acceptedByTheStringMatcher(OneDocument.Setup doc) {
        return recommenders.statistics(doc.lead(), doc.projectId()).stream()
                .filter(r -> r.recommender().equals(RecommenderSettings.STRING_MATCHER))
                .mapToInt(r -> r.overall().accepted()).sum();
    }

    /** What the editor paints as suggestions (their highlights), as "start:end:label" in text order. */
    @SuppressWarnings("unchecked")
    private List<String> suggested() {
        return (List<String>) js(OFFSET + """
                const out = [];
                for (const [name, h] of CSS.highlights) {
                  const m = /-sg-(.+)$/.exec(name);
                  if (!m || m[1] === 'focus') continue;
                  for (const r of h) out.push([offset(r.startContainer, r.startOffset), offset(r.endContainer, r.endOffset), m[1]]);
                }
                return out.sort((a, b) => a[0] - b[0]).map(s => s.join(':'));
                """);
    }

    /** The suggestion painted as focused, as "start:end", or "". */
    private String focusedSuggestion() {
        return (String) js(OFFSET + """
                const h = [...CSS.highlights].find(([name]) => name.endsWith('-sg-focus'))[1];
                const r = [...h][0];
                return r ? offset(r.startContainer, r.startOffset) + ':' + offset(r.endContainer, r.endOffset) : '';
                """);
    }

    private String announced() {
        return (String) js("return document.querySelector('#tw-announce').textContent");
    }

    /** Code-point offset of a DOM position in the text, counted over its text nodes in document order. */
    static final String OFFSET = """
            const box = document.querySelector('#tw-text');
            const offset = (node, unitOffset) => {
              const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
              let cp = 0;
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if (n === node) return cp + Array.from(n.data.slice(0, unitOffset)).length;
                cp += Array.from(n.data).length;
              }
              return -1;
            };
            """;
}
