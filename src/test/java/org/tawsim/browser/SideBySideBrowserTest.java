package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/**
 * The side-by-side review of two annotators: each difference reads label, offsets, quoted text in that order in
 * either UI direction; choosing one scrolls both texts to it; the two texts scroll together.
 */
class SideBySideBrowserTest extends BrowserTest {

    private static final String TEXT = "اشتباكات في مدينة جاسم بريف درعا\n\n" + IntStream.rangeClosed(1, 40)
            .mapToObj(i -> "الفقرة " + i + ": قال الأهالي إن الطرق إلى القرى المجاورة مفتوحة وإن المدارس ستفتح أبوابها الأسبوع المقبل.")
            .collect(Collectors.joining("\n\n")) + "\n\nوعاد الهدوء إلى مدينة جاسم مساء الخميس.";

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;

    @Test
    void differencesReadInOrderAndChoosingOneScrollsBothTextsWhichScrollTogether() {
        Teams.Team team = teams.create("Side by side", "amal", "bilal");
        long project = team.project().id();
        long document = documents.importTextFile(team.lead(), project, "jasim.txt", TEXT.getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), project, 2, List.of());
        int late = TEXT.lastIndexOf("جاسم");
        int early = TEXT.indexOf("جاسم");
        span(team.annotator(0), document, early, "LOCATION"); // amal only: a missing span
        span(team.annotator(0), document, late, "LOCATION");  // LOCATION against ...
        span(team.annotator(1), document, late, "ORG");       // ... ORG: a label mismatch at the very end
        team.annotators().forEach(a -> assignments.markDone(a, document));
        logIn(team.lead().login(), Teams.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));

        openDialog(project);
        assertPartsInOrder(false, late);
        chooseAndCheckBothTextsShow("Label mismatch", late);
        screenshot("side-by-side-difference.png");
        assertTheTextsScrollTogether();

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-dialog-overlay vaadin-button"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ui-language"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space(.)='العربية']"))).click();
        wait.until(d -> "rtl".equals(js("return document.documentElement.getAttribute('dir')")));
        openDialog(project);
        assertPartsInOrder(true, late);
        chooseAndCheckBothTextsShow("اختلاف الوسم", late);
        screenshot("side-by-side-difference-ar.png");
        assertTheTextsScrollTogether();
    }

    private void span(UserAccount annotator, long document, int start, String label) {
        annotations.apply(annotator, document, annotations.layer(annotator, document).revision(), UUID.randomUUID(),
                new CreateSpan(start, start + 4, label));
    }

    private void openDialog(long project) {
        driver.get(url("agreement?project=" + project));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-group")));
        waitForVaadin();
        WebElement title = wait.until(d -> d.findElements(By.cssSelector("#agreement-documents vaadin-grid-cell-content")).stream()
                .filter(e -> e.getText().contains("اشتباكات") || e.getText().contains("jasim")).findFirst().orElse(null));
        js("arguments[0].scrollIntoView({block: 'center'})", title);
        wait.until(ExpectedConditions.elementToBeClickable(title)).click();
        wait.until(d -> ((Number) js("return document.querySelectorAll('tawsim-editor .tw-readonly').length")).intValue() == 2);
        gridTexts("agreement-disagreements");
    }

    /** Label, offsets and quoted text are three bidi isolates, laid out in that order from the line's start. */
    @SuppressWarnings("unchecked")
    private void assertPartsInOrder(boolean rightToLeft, int late) {
        Map<String, Object> parts = (Map<String, Object>) js("""
                const side = [...document.querySelectorAll('#agreement-disagreements .difference-side')]
                    .find(s => s.textContent.includes('LOCATION') && s.textContent.includes('[' + arguments[0] + ','));
                const part = c => side.querySelector('bdi.' + c);
                const box = c => part(c).getBoundingClientRect();
                return {text: side.textContent, tags: [...side.children].map(e => e.tagName + '.' + e.className).join(' '),
                    label: [box('difference-label').left, box('difference-label').right],
                    offsets: [box('difference-offsets').left, box('difference-offsets').right],
                    quote: [box('difference-text').left, box('difference-text').right]};""", late);
        assertThat(parts.get("text")).isEqualTo("LOCATION [" + late + ", " + (late + 4) + ") «جاسم»");
        assertThat(parts.get("tags")).isEqualTo("BDI.difference-label BDI.difference-offsets BDI.difference-text");
        List<Number> label = (List<Number>) parts.get("label");
        List<Number> offsets = (List<Number>) parts.get("offsets");
        List<Number> quote = (List<Number>) parts.get("quote");
        if (rightToLeft) {
            assertThat(label.get(0).doubleValue()).isGreaterThanOrEqualTo(offsets.get(1).doubleValue());
            assertThat(offsets.get(0).doubleValue()).isGreaterThanOrEqualTo(quote.get(1).doubleValue());
        } else {
            assertThat(label.get(1).doubleValue()).isLessThanOrEqualTo(offsets.get(0).doubleValue());
            assertThat(offsets.get(1).doubleValue()).isLessThanOrEqualTo(quote.get(0).doubleValue());
        }
    }

    /** Clicks the difference and waits until each text has scrolled down to it and highlights it in view. */
    private void chooseAndCheckBothTextsShow(String kind, int late) {
        WebElement row = driver.findElements(By.cssSelector("#agreement-disagreements vaadin-grid-cell-content")).stream()
                .filter(e -> e.getText().equals(kind)).findFirst().orElseThrow();
        assertThat(js("return [...document.querySelectorAll('tawsim-editor .tw-readonly')].map(b => b.scrollTop)"))
                .isEqualTo(List.of(0L, 0L));
        js("arguments[0].scrollIntoView({block: 'center'})", row);
        wait.until(ExpectedConditions.elementToBeClickable(row)).click();
        wait.until(d -> Boolean.TRUE.equals(js("""
                const boxes = [...document.querySelectorAll('tawsim-editor .tw-readonly')];
                const editors = boxes.map(b => b.closest('tawsim-editor'));
                if (!editors.every(e => e.dataset.revealed === arguments[0])) return false;
                let shown = 0;
                for (const [name, highlight] of CSS.highlights) {
                    if (!name.endsWith('-focused')) continue;
                    for (const range of highlight) {
                        const box = range.startContainer.parentElement.closest('.tw-text');
                        if (!boxes.includes(box) || box.scrollTop <= 0) continue;
                        const r = range.getBoundingClientRect(), b = box.getBoundingClientRect();
                        if (r.height > 0 && r.top >= b.top && r.bottom <= b.bottom) shown++;
                    }
                }
                return shown === 2;""", late + "," + (late + 4))));
    }

    /** Scrolling one text back to the top takes the other along, and the other way round to the bottom. */
    private void assertTheTextsScrollTogether() {
        // Each poll scrolls the first text again: the reveal's own last frames may still move it back just after.
        wait.until(d -> Boolean.TRUE.equals(js("""
                const [a, b] = document.querySelectorAll('tawsim-editor .tw-readonly');
                a.scrollTop = 0;
                return b.scrollTop <= 1;""")));
        wait.until(d -> Boolean.TRUE.equals(js("""
                const [a, b] = document.querySelectorAll('tawsim-editor .tw-readonly');
                b.scrollTop = b.scrollHeight;
                return a.scrollTop > 0 && a.scrollHeight - a.clientHeight - a.scrollTop <= 2;""")));
    }
}
