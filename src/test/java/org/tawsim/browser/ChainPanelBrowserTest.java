package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.browser.ExactSelectionBrowserTest.cp;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/** The chain list tells alike mentions apart by their context, jumps to them, and keeps each chain's colour. */
class ChainPanelBrowserTest extends BrowserTest {

    static final String TEXT = "قال أحمد إن أحمد عاد وإن أحمد سافر إلى درعا ثم أحمد عاد.";

    @Autowired
    OneDocument oneDocument;

    @Test
    void mentionsShowTheirContextJumpOnEnterAndChainColoursSurviveReloadsAndTabs() {
        int a = cp(TEXT, TEXT.indexOf("أحمد"));
        int b = cp(TEXT, TEXT.indexOf("أحمد", a + 4));
        int c = cp(TEXT, TEXT.indexOf("أحمد", b + 4));
        int d = cp(TEXT, TEXT.indexOf("أحمد", c + 4));
        int daraa = cp(TEXT, TEXT.indexOf("درعا"));
        OneDocument.Setup doc = oneDocument.assigned(TEXT, "ar");
        logIn(doc.login(), Teams.PASSWORD);
        gridTexts("my-documents");
        driver.get(url("documents/" + doc.documentId()));
        EditorPage editor = new EditorPage(driver);

        // Two chains made here, and a span deleted, so the editor's own numbering differs from a fresh load's.
        editor.focus().select(a, a + 4).press("1").saved();
        editor.select(b, b + 4).press("1").saved();
        editor.select(c, c + 4).press("1").saved();
        editor.select(d, d + 4).press("1").saved();
        editor.select(daraa, daraa + 4).press("3").saved();
        editor.press(Keys.DELETE).saved();
        editor.click(b, b + 4).press("l").click(a, a + 4).saved();
        editor.click(d, d + 4).press("l").click(c, c + 4).saved();
        assertThat(editor.storedChains()).containsExactlyInAnyOrder(
                List.of(a + ":" + (a + 4), b + ":" + (b + 4)), List.of(c + ":" + (c + 4), d + ":" + (d + 4)));
        wait.until(dr -> colours(editor).size() == 2);
        Map<String, String> colours = colours(editor);
        assertThat(colours.values()).doesNotHaveDuplicates();

        // Each mention reads with the words around it, isolated from the panel's own direction.
        List<String> mentions = texts(editor, "#tw-chains .tw-mention");
        assertThat(mentions).hasSize(4);
        assertThat(mentions.get(0)).contains("قال").contains("أحمد").contains("إن");
        assertThat(mentions.get(1)).contains("إن").contains("عاد");
        assertThat(mentions).doesNotHaveDuplicates();
        assertThat(texts(editor, "#tw-chains .tw-mention bdi mark")).containsOnly("أحمد");

        // Enter on a mention jumps to it: it is selected, and the keys work on in the text.
        editor.js("document.querySelectorAll('#tw-chains .tw-mention')[3].focus()");
        editor.press(Keys.ENTER);
        wait.until(dr -> editor.js("return document.querySelector('#tw-selection')?.textContent ?? ''")
                .toString().contains("[" + d + ", " + (d + 4) + ")"));
        assertThat(editor.focused()).isEqualTo("tw-text");

        // The colours belong to the chains: the same after a reload and in another tab.
        driver.navigate().refresh();
        EditorPage reloaded = new EditorPage(driver);
        wait.until(dr -> colours(reloaded).size() == 2);
        assertThat(colours(reloaded)).isEqualTo(colours);
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(url("documents/" + doc.documentId()));
        EditorPage other = new EditorPage(driver);
        wait.until(dr -> colours(other).size() == 2);
        assertThat(colours(other)).isEqualTo(colours);
        // The text's underline for a chain is its swatch's colour.
        assertThat(other.js("""
                const editor = document.querySelector('tawsim-editor');
                const name = [...CSS.highlights.keys()].find(k => /-chain-\\d+$/.test(k) && CSS.highlights.get(k).size > 0);
                const rule = [...document.querySelectorAll('tawsim-editor style')].map(s => s.textContent).join('\\n')
                  .split('\\n').find(l => l.includes('::highlight(' + name + ')'));
                const swatch = document.createElement('span');
                swatch.style.background = rule.match(/#[0-9a-f]{6}/i)[0];
                return swatch.style.background;""")).isIn(colours.values());
    }

    /** Chain id → the colour of its swatch, for chains the server has given an id. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> colours(EditorPage editor) {
        return (Map<String, String>) editor.js("""
                const out = {};
                for (const c of document.querySelectorAll('#tw-chains .tw-chain')) {
                  if (c.dataset.chainId) out[c.dataset.chainId] = c.querySelector('.tw-swatch').style.background;
                }
                return out;""");
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(EditorPage editor, String selector) {
        return (List<String>) editor.js("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent.trim())", selector);
    }
}
