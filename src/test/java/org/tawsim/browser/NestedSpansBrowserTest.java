package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.browser.ExactSelectionBrowserTest.cp;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/** A span nested in another of the same label is seen on screen, and each span's label can be read on the text. */
class NestedSpansBrowserTest extends BrowserTest {

    static final String TEXT = "اندلعت اشتباكات في مدينة جاسم بريف درعا الشمالي بين عناصر من اللواء الثامن.";

    @Autowired
    OneDocument oneDocument;

    @Test
    void theInnerSpanOfTheSameLabelLooksDifferentFromItsOuterSpan() throws Exception {
        EditorPage editor = open();
        int city = cp(TEXT, TEXT.indexOf("مدينة جاسم"));
        editor.focus().select(city, city + 10).press("3").saved();
        editor.press(Keys.ESCAPE);
        BufferedImage outerOnly = screenshot();
        editor.select(city + 6, city + 10).press("3").saved();
        editor.press(Keys.ESCAPE); // nothing selected: only the spans' own paint is on screen
        assertThat(editor.storedSpans()).containsExactly(city + ":" + (city + 10) + ":LOCATION",
                (city + 6) + ":" + (city + 10) + ":LOCATION");
        BufferedImage nested = screenshot();

        int[] jasim = box(editor, city + 6, city + 10);
        int[] madina = box(editor, city, city + 5);
        int outerBackground = background(outerOnly, jasim);
        int innerBackground = background(nested, jasim);
        // Where only the outer span lies (مدينة), nothing changed; where the inner one lies (جاسم), the paint differs.
        assertThat(background(nested, madina)).isEqualTo(background(outerOnly, madina)).isEqualTo(outerBackground);
        assertThat(distance(outerBackground, innerBackground)).as("colour distance outer vs inner").isGreaterThan(30);
    }

    @Test
    void theTKeyShowsEachSpansLabelOnTheTextWithoutSplittingIt() {
        EditorPage editor = open();
        int city = cp(TEXT, TEXT.indexOf("مدينة جاسم"));
        editor.focus().select(city, city + 10).press("3").saved();
        editor.select(city + 6, city + 10).press("1").saved();
        assertThat(chips(editor)).isEmpty(); // off by default

        editor.press("t");
        wait.until(d -> chips(editor).size() == 2);
        assertThat(chips(editor)).containsExactlyInAnyOrder("LOCATION", "PERSON");
        // The chips are beside the text, not in it: one text node per paragraph, exactly the stored text.
        assertThat(editor.js("return document.querySelector('#tw-text').textContent")).isEqualTo(TEXT);
        assertThat(editor.js("""
                const w = document.createTreeWalker(document.querySelector('#tw-text'), NodeFilter.SHOW_TEXT);
                let n = 0; while (w.nextNode()) n++; return n;""")).isEqualTo(1L);
        // Each chip sits at its span's start: the right edge of the span's first character in right-to-left text.
        for (int start : new int[] {city, city + 6}) {
            Number gap = (Number) editor.js(EditorPage.POSITION + """
                    const box = document.querySelector('#tw-text');
                    const r = new Range(); r.setStart(...position(box, arguments[0])); r.setEnd(...position(box, arguments[0] + 1));
                    const chip = [...document.querySelectorAll('.tw-chip')].find(c => c.dataset.span ===
                        String(document.querySelector('tawsim-editor').model.spanList().find(s => s.start === arguments[0]).key));
                    return Math.abs(chip.getBoundingClientRect().right - r.getClientRects()[0].right);""", start);
            assertThat(gap.doubleValue()).isLessThan(2);
        }
        screenshot("editor-chips.png");

        editor.press("t");
        wait.until(d -> chips(editor).isEmpty());
    }

    private EditorPage open() {
        OneDocument.Setup doc = oneDocument.assigned(TEXT, "en");
        logIn(doc.login(), Teams.PASSWORD);
        gridTexts("my-documents");
        driver.get(url("documents/" + doc.documentId()));
        return new EditorPage(driver);
    }

    @SuppressWarnings("unchecked")
    private static List<String> chips(EditorPage editor) {
        return (List<String>) editor.js("return [...document.querySelectorAll('#tw-text .tw-chip')].map(c => c.dataset.label)");
    }

    private BufferedImage screenshot() throws Exception {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** The on-screen box of [start, end) in device pixels: x, y, width, height. */
    private static int[] box(EditorPage editor, int start, int end) {
        @SuppressWarnings("unchecked")
        List<Number> b = (List<Number>) editor.js(EditorPage.POSITION + """
                const box = document.querySelector('#tw-text');
                const r = new Range(); r.setStart(...position(box, arguments[0])); r.setEnd(...position(box, arguments[1]));
                const q = r.getClientRects()[0]; const k = window.devicePixelRatio;
                return [q.left * k, q.top * k, q.width * k, q.height * k];""", start, end);
        return new int[] {b.get(0).intValue() + 2, b.get(1).intValue() + 2, b.get(2).intValue() - 4, b.get(3).intValue() - 4};
    }

    /** The most frequent colour in the box: the paint behind the letters. */
    private static int background(BufferedImage image, int[] box) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int x = box[0]; x < box[0] + box[2]; x++) {
            for (int y = box[1]; y < box[1] + box[3]; y++) {
                counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static int distance(int a, int b) {
        return Math.abs((a >> 16 & 255) - (b >> 16 & 255)) + Math.abs((a >> 8 & 255) - (b >> 8 & 255)) + Math.abs((a & 255) - (b & 255));
    }
}
