package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.db.Tables.APP_USER;
import static org.tawsim.db.Tables.CHAIN_MEMBER;
import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.SPAN;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.Project;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;
import org.tawsim.support.BrowserTest;

/** An annotator annotates the founding article in a real browser; everything survives a reload exactly. */
class EditorBrowserTest extends BrowserTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    AccountService accounts;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;

    @Test
    void spansNestedSpansChainsUndoRedoAndReload() throws Exception {
        String text = Files.readString(Path.of("seeds/000_9720df9780ae2cfa.txt"));
        long documentId = dsl.select(DOCUMENT.ID).from(DOCUMENT).where(DOCUMENT.EXTERNAL_ID.eq("000_9720df9780ae2cfa")).fetchOne(DOCUMENT.ID);
        long annotator = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.LOGIN.eq("annotator1")).fetchOne(APP_USER.ID);
        logIn("annotator1", "annotator1-demo");
        gridTexts("my-documents");
        driver.get(url("documents/" + documentId));
        EditorPage editor = new EditorPage(driver);

        // 1. درعا inside بدرعا, leaving out the clitic ب: exact character selection (X), label 3 = LOCATION.
        int bidaraa = cp(text, text.indexOf("بدرعا"));
        editor.focus().press("x").select(bidaraa + 1, bidaraa + 5).press("3").saved();

        // 2. Nested: a sloppy selection inside "مدينة جاسم" snaps to whole words (exact off), then جاسم inside it.
        int city = cp(text, text.indexOf("مدينة جاسم"));
        editor.press("x").select(city + 1, city + 8).press("3").saved();
        int jasim = city + 6;
        editor.select(jasim + 1, jasim + 2).press("1").saved(); // PERSON first ...
        editor.press("3").saved();                                // ... relabelled to LOCATION

        // 3. Delete, undo (the span comes back), redo (gone), undo again (back).
        int daesh = cp(text, text.indexOf("داعش"));
        editor.select(daesh, daesh + 4).press("2").saved();
        editor.press(Keys.DELETE).saved();
        assertThat(stored(documentId, annotator)).doesNotContainKey(daesh + ":" + (daesh + 4) + ":ORG");
        editor.undo().saved();
        assertThat(stored(documentId, annotator)).containsKey(daesh + ":" + (daesh + 4) + ":ORG");
        editor.redo().saved();
        assertThat(stored(documentId, annotator)).doesNotContainKey(daesh + ":" + (daesh + 4) + ":ORG");
        editor.undo().saved();

        // 4. A chain of three mentions of Jasim: the nested one and two later ones, linked with L + click.
        int second = cp(text, text.indexOf("جاسم", text.indexOf("مدينة جاسم") + 10));
        int third = cp(text, text.indexOf("جاسم", text.indexOf("جاسم", text.indexOf("مدينة جاسم") + 10) + 4));
        editor.select(second, second + 4).press("3").saved();
        editor.select(third, third + 4).press("3").saved();
        editor.click(jasim, jasim + 4);   // first click: the innermost span (جاسم)
        editor.press("l").click(second, second + 4).saved();
        editor.click(jasim + 1, jasim + 3);
        editor.press("l").click(third, third + 4).saved();

        Map<String, String> expected = Map.of(
                (bidaraa + 1) + ":" + (bidaraa + 5) + ":LOCATION", "درعا",
                city + ":" + (city + 10) + ":LOCATION", "مدينة جاسم",
                jasim + ":" + (jasim + 4) + ":LOCATION", "جاسم",
                daesh + ":" + (daesh + 4) + ":ORG", "داعش",
                second + ":" + (second + 4) + ":LOCATION", "جاسم",
                third + ":" + (third + 4) + ":LOCATION", "جاسم");
        assertStored(text, documentId, annotator, expected);
        assertThat(chains(documentId, annotator)).containsExactly(List.of(jasim, second, third));

        // 5. Reload: the editor shows exactly what is stored.
        driver.navigate().refresh();
        EditorPage reloaded = new EditorPage(driver);
        assertThat(reloaded.shownSpans()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertStored(text, documentId, annotator, expected);
        assertThat(chains(documentId, annotator)).containsExactly(List.of(jasim, second, third));
        assertThat(reloaded.js("return document.querySelectorAll('#tw-chains .tw-chain li').length")).isEqualTo(3L);

        // README's picture (docs/editor.png is this file): the nested spans with their label chips (T), the
        // selected جاسم and its chain listed with context in the side panel.
        reloaded.click(jasim, jasim + 4).press("t");
        wait.until(d -> reloaded.js("return document.querySelector('.tw-chips .tw-chip[data-label=LOCATION]') !== null"));
        screenshot("editor.png");
    }

    @Test
    void mixedScriptsDigitsAndEmojiKeepCodePointOffsets() {
        String tag = Long.toString(System.nanoTime(), 36);
        UserAccount lead = accounts.create("lead-" + tag, "password-1", "Lead", SystemRole.LEAD);
        UserAccount ann = accounts.create("mix-" + tag, "password-1", "Mix", SystemRole.ANNOTATOR);
        Project project = projects.create(lead, "Mixed " + tag, "");
        projects.addMember(lead, project.id(), ann.login(), ProjectRole.ANNOTATOR);
        String text = "التقى 😀 الرئيس Emmanuel Macron في 20 أكتوبر 2022 بوفد من UNESCO 🇫🇷 في باريس.";
        long documentId = documents.importTextFile(lead, project.id(), "mixed.txt", text.getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(lead, project.id(), 1, List.of());

        logIn(ann.login(), "password-1");
        gridTexts("my-documents");
        driver.get(url("documents/" + documentId));
        EditorPage editor = new EditorPage(driver);
        int macron = cp(text, text.indexOf("Emmanuel"));
        int unesco = cp(text, text.indexOf("UNESCO"));
        int paris = cp(text, text.indexOf("باريس"));
        editor.focus().select(macron, macron + 15).press("1").saved();
        editor.select(unesco, unesco + 6).press("2").saved();
        editor.select(paris - 1, paris + 5).press("3").saved(); // snaps to the word, leaves out the full stop
        // The new span is selected: Shift+ArrowLeft (forward in RTL) moves its end over the full stop ...
        editor.pressWith(Keys.SHIFT, Keys.ARROW_LEFT).saved();
        assertThat(stored(documentId, ann.id())).containsKey(paris + ":" + (paris + 6) + ":LOCATION");
        // ... and Shift+ArrowRight moves it back.
        editor.pressWith(Keys.SHIFT, Keys.ARROW_RIGHT).saved();

        assertStored(text, documentId, ann.id(), Map.of(
                macron + ":" + (macron + 15) + ":PERSON", "Emmanuel Macron",
                unesco + ":" + (unesco + 6) + ":ORG", "UNESCO",
                paris + ":" + (paris + 5) + ":LOCATION", "باريس"));
    }

    @Test
    void aSecondTabIsToldInsteadOfOverwriting() {
        long documentId = dsl.select(DOCUMENT.ID).from(DOCUMENT).where(DOCUMENT.EXTERNAL_ID.eq("001_amman_water_summit")).fetchOne(DOCUMENT.ID);
        logIn("annotator2", "annotator2-demo");
        gridTexts("my-documents");
        driver.get(url("documents/" + documentId));
        EditorPage first = new EditorPage(driver);
        String firstTab = driver.getWindowHandle();
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        driver.get(url("documents/" + documentId));
        EditorPage second = new EditorPage(driver);

        second.focus().select(0, 4).press("4").saved();
        List<String> written = second.shownSpans();
        assertThat(written).hasSize(1);
        driver.switchTo().window(firstTab);
        first.focus().select(6, 12).press("4");
        wait.until(d -> first.notice().length() > 0);
        first.saved();
        // The notice is a line of the toolbar: the page keeps its height, and nothing but the text and the side
        // panel scrolls (no second scrollbar around the editor).
        assertThat(js("return !!document.querySelector('tawsim-editor .tw-toolbar .tw-notice')")).isEqualTo(true);
        assertThat(js("return document.scrollingElement.scrollHeight")).isEqualTo(js("return window.innerHeight"));
        assertThat(js(SCROLLING)).isEqualTo(List.of());
        // The stale tab reloaded: it shows the other tab's span, and its own change was not written over it.
        assertThat(first.shownSpans()).isEqualTo(written);
        long annotator = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.LOGIN.eq("annotator2")).fetchOne(APP_USER.ID);
        assertThat(stored(documentId, annotator).keySet()).containsExactlyElementsOf(written);
    }

    @Test
    void changesMadeWhileOfflineAreQueuedAndSavedInOrder() {
        long documentId = dsl.select(DOCUMENT.ID).from(DOCUMENT).where(DOCUMENT.EXTERNAL_ID.eq("002_doha_investment_forum")).fetchOne(DOCUMENT.ID);
        long annotator = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.LOGIN.eq("annotator1")).fetchOne(APP_USER.ID);
        logIn("annotator1", "annotator1-demo");
        gridTexts("my-documents");
        driver.get(url("documents/" + documentId));
        EditorPage editor = new EditorPage(driver);
        int before = stored(documentId, annotator).size();

        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        ((HasNetworkConditions) driver).setNetworkConditions(offline);
        editor.focus().select(0, 3).press("4");
        editor.select(10, 14).press("4");
        wait.until(d -> "retrying".equals(editor.saveState()));
        assertThat(stored(documentId, annotator)).hasSize(before); // nothing reached the server ...

        ((HasNetworkConditions) driver).deleteNetworkConditions();
        editor.saved();                                            // ... and everything arrives once it is back
        assertThat(stored(documentId, annotator)).hasSize(before + 2);
        assertThat(editor.shownSpans()).hasSize(before + 2);
    }

    /** Elements that scroll (content taller than their box and free to scroll), other than the text and the panel. */
    private static final String SCROLLING = """
            const all = [];
            const walk = root => {
              for (const e of root.querySelectorAll('*')) {
                if (e.shadowRoot) walk(e.shadowRoot);
                const y = getComputedStyle(e).overflowY;
                if (e.scrollHeight > e.clientHeight + 1 && (y === 'auto' || y === 'scroll')
                    && !e.matches('#tw-text, .tw-side, .tw-notice')) all.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));
              }
            };
            walk(document);
            return all;
            """;

    private void assertStored(String text, long documentId, long annotator, Map<String, String> expected) {
        Map<String, String> stored = stored(documentId, annotator);
        assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        int[] cps = text.codePoints().toArray();
        stored.forEach((key, label) -> {
            String[] p = key.split(":");
            int start = Integer.parseInt(p[0]);
            int end = Integer.parseInt(p[1]);
            assertThat(new String(cps, start, end - start)).as(key).isEqualTo(expected.get(key));
        });
    }

    private Map<String, String> stored(long documentId, long annotator) {
        return dsl.select(SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL).from(SPAN)
                .where(SPAN.DOCUMENT_ID.eq(documentId).and(SPAN.ANNOTATOR_ID.eq(annotator)))
                .fetch().stream().collect(Collectors.toMap(r -> r.value1() + ":" + r.value2() + ":" + r.value3(), r -> r.value3()));
    }

    private List<List<Integer>> chains(long documentId, long annotator) {
        return dsl.select(CHAIN_MEMBER.CHAIN_ID, SPAN.START_OFFSET).from(CHAIN_MEMBER)
                .join(SPAN).on(SPAN.ID.eq(CHAIN_MEMBER.SPAN_ID))
                .where(SPAN.DOCUMENT_ID.eq(documentId).and(SPAN.ANNOTATOR_ID.eq(annotator)))
                .orderBy(CHAIN_MEMBER.CHAIN_ID, SPAN.START_OFFSET)
                .fetchGroups(CHAIN_MEMBER.CHAIN_ID, SPAN.START_OFFSET).values().stream().toList();
    }

    private static int cp(String text, int utf16Index) {
        assertThat(utf16Index).isNotNegative();
        return text.codePointCount(0, utf16Index);
    }
}
