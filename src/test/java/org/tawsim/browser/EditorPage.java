package org.tawsim.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a test does with the editor, in the annotator's terms. Offsets are code points, as stored. */
public final class EditorPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public EditorPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tawsim-editor #tw-text")));
        wait.until(d -> !js("return document.querySelector('#tw-text').textContent").toString().isEmpty());
    }

    public WebElement text() {
        return driver.findElement(By.id("tw-text"));
    }

    /**
     * The DOM position of a code-point offset of the whole text: the editor shows the text in several text
     * nodes (one per paragraph), read here in document order, independently of the editor's own mapping.
     */
    static final String POSITION = """
            const position = (box, cp) => {
              const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
              let last = null;
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const cps = Array.from(n.data);
                if (cp < cps.length) return [n, cps.slice(0, cp).join('').length];
                cp -= cps.length;
                last = n;
              }
              return [last, last.data.length];
            };
            """;

    /** Selects [start, end) as a user would by dragging (the DOM selection), in code points. */
    public EditorPage select(int start, int end) {
        js(POSITION + """
                const box = document.querySelector('#tw-text');
                const [sn, so] = position(box, arguments[0]);
                const [en, eo] = position(box, arguments[1]);
                window.getSelection().setBaseAndExtent(sn, so, en, eo);
                """, start, end);
        return this;
    }

    public EditorPage press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** A key with a modifier held down (Actions.sendKeys does not hold chords). */
    public EditorPage pressWith(Keys modifier, CharSequence key) {
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
        return this;
    }

    public EditorPage focus() {
        js("document.querySelector('#tw-text').focus()");
        return this;
    }

    /** Clicks the middle of the characters [start, end) on screen. */
    public EditorPage click(int start, int end) {
        WebElement text = text();
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> p = (java.util.Map<String, Number>) js(POSITION + """
                const box = arguments[0];
                const r = new Range();
                r.setStart(...position(box, arguments[1]));
                r.setEnd(...position(box, arguments[2]));
                const rect = r.getClientRects()[0];
                if (rect.top < box.getBoundingClientRect().top || rect.bottom > box.getBoundingClientRect().bottom) {
                  box.scrollTop += rect.top - box.getBoundingClientRect().top - 100;
                }
                const again = r.getClientRects()[0];
                const outer = box.getBoundingClientRect();
                return {x: again.left + again.width / 2 - (outer.left + outer.width / 2),
                        y: again.top + again.height / 2 - (outer.top + outer.height / 2)};
                """, text, start, end);
        new Actions(driver).moveToElement(text, p.get("x").intValue(), p.get("y").intValue()).click().perform();
        return this;
    }

    public EditorPage undo() {
        return pressWith(Keys.CONTROL, "z");
    }

    public EditorPage redo() {
        new Actions(driver).keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys("z").keyUp(Keys.SHIFT).keyUp(Keys.CONTROL).perform();
        return this;
    }

    /** Waits until every change is acknowledged by the server. */
    public EditorPage saved() {
        wait.until(d -> "saved".equals(js("return document.querySelector('#tw-save-state').dataset.state"))
                && Long.valueOf(0).equals(js("return document.querySelector('tawsim-editor').sync.waiting")));
        return this;
    }

    public String saveState() {
        return (String) js("return document.querySelector('#tw-save-state').dataset.state");
    }

    public String notice() {
        return (String) js("const n = document.querySelector('tawsim-editor .tw-notice'); return n ? n.textContent : ''");
    }

    /** The spans the editor shows, as "start:end:label" in text order. */
    public java.util.List<String> shownSpans() {
        @SuppressWarnings("unchecked")
        java.util.List<String> spans = (java.util.List<String>) js(
                "return document.querySelector('tawsim-editor').model.spanList().map(s => s.start + ':' + s.end + ':' + s.label)");
        return spans;
    }

    /** The spans as the server has them (GET the layer over the API), as "start:end:label", in text order. */
    public java.util.List<String> storedSpans() {
        @SuppressWarnings("unchecked")
        java.util.List<String> spans = (java.util.List<String>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const editor = document.querySelector('tawsim-editor');
                fetch(`${editor.apiBase}/documents/${editor.documentId}/layer`, {credentials: 'same-origin'})
                  .then(r => r.json())
                  .then(l => done(l.spans.sort((a, b) => a.start - b.start || b.end - a.end)
                                     .map(s => s.start + ':' + s.end + ':' + s.label)));
                """);
        return spans;
    }

    /** The stored chains (over the API) as lists of "start:end" of their mentions, in text order. */
    public java.util.List<java.util.List<String>> storedChains() {
        @SuppressWarnings("unchecked")
        java.util.List<java.util.List<String>> chains = (java.util.List<java.util.List<String>>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const editor = document.querySelector('tawsim-editor');
                fetch(`${editor.apiBase}/documents/${editor.documentId}/layer`, {credentials: 'same-origin'})
                  .then(r => r.json())
                  .then(l => {
                    const byId = new Map(l.spans.map(s => [s.id, s]));
                    done(l.chains.map(c => c.spanIds.map(id => byId.get(id)).sort((a, b) => a.start - b.start)
                                                    .map(s => s.start + ':' + s.end))
                                 .sort((a, b) => a[0].localeCompare(b[0])));
                  });
                """);
        return chains;
    }

    /**
     * What the editor previews as the selection to be labelled (its "pending" highlight), as "start:end" in code
     * points, or "" when it shows none.
     */
    public String preview() {
        return (String) js(POSITION + """
                const box = document.querySelector('#tw-text');
                const name = [...CSS.highlights.keys()].find(k => k.endsWith('-pending'));
                const ranges = [...CSS.highlights.get(name)];
                if (ranges.length === 0) return '';
                const offset = (node, unitOffset) => {
                  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
                  let cp = 0;
                  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    if (n === node) return cp + Array.from(n.data.slice(0, unitOffset)).length;
                    cp += Array.from(n.data).length;
                  }
                  return -1;
                };
                return offset(ranges[0].startContainer, ranges[0].startOffset) + ':' + offset(ranges[0].endContainer, ranges[0].endOffset);
                """);
    }

    /**
     * Drags the mouse over [start, end) of right-to-left text, from the start boundary to the end boundary
     * (on screen), holding Alt if asked: a real pointer gesture, ended by a real mouseup.
     */
    public EditorPage drag(int start, int end, boolean alt) {
        WebElement text = text();
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> p = (java.util.Map<String, Number>) js(POSITION + """
                const box = arguments[0];
                const rectOf = cp => { const r = new Range(); r.setStart(...position(box, cp)); r.setEnd(...position(box, cp + 1));
                                       return r.getClientRects()[0]; };
                let first = rectOf(arguments[1]);
                if (first.top < box.getBoundingClientRect().top || first.bottom > box.getBoundingClientRect().bottom) {
                  box.scrollTop += first.top - box.getBoundingClientRect().top - 100;
                }
                first = rectOf(arguments[1]);
                const last = rectOf(arguments[2] - 1);
                const outer = box.getBoundingClientRect();
                const cx = outer.left + outer.width / 2, cy = outer.top + outer.height / 2;
                // Right-to-left: a character starts at its right edge and ends at its left edge.
                return {x1: Math.round(first.right - cx), y1: Math.round(first.top + first.height / 2 - cy),
                        x2: Math.round(last.left - cx), y2: Math.round(last.top + last.height / 2 - cy)};
                """, text, start, end);
        Actions actions = new Actions(driver);
        if (alt) {
            actions.keyDown(Keys.ALT);
        }
        actions.moveToElement(text, p.get("x1").intValue(), p.get("y1").intValue()).clickAndHold()
                .moveToElement(text, p.get("x2").intValue(), p.get("y2").intValue()).release();
        if (alt) {
            actions.keyUp(Keys.ALT);
        }
        actions.perform();
        return this;
    }

    /** The element that has the keyboard focus: its id, or its tag name when it has none. */
    public String focused() {
        return (String) js("const e = document.activeElement; return e ? (e.id || e.tagName.toLowerCase()) : ''");
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
