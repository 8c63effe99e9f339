package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Operation;
import org.tawsim.annotation.OperationResult;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/**
 * The curation page leaves the text its width: at 1400 and 1280 px the text column keeps at least 60 % of the
 * window with the decisions beside it; at 800 px the decisions wait in a drawer that opens over the text, and a
 * decision is still taken there by keyboard, in English and in Arabic. Chain decisions quote their mentions
 * with a few words of context, not the article between them.
 */
class CurationLayoutBrowserTest extends BrowserTest {

    private static final String PARAGRAPH = "زار الوزير مدينة جاسم في ريف درعا الغربي ثم قال في مؤتمر صحفي إن المدينة هادئة "
            + "وإن الأهالي عادوا إلى بيوتهم بعد أيام من الاشتباكات التي شهدتها الأحياء الشمالية، وأضاف أن الطرق "
            + "إلى القرى المجاورة مفتوحة وأن المدارس ستفتح أبوابها الأسبوع المقبل.";
    private static final String TEXT = String.join("\n\n", PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH);

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;

    @Test
    void atWideWindowsTheTextKeepsSixtyPercentBesideTheDecisions() {
        long document = curationWithAChainAndALabelDecision("Curation wide");
        driver.manage().window().setSize(new Dimension(1400, 900));
        startCuration(document);

        WebElement drawer = driver.findElement(By.id("curation-drawer"));
        assertThat(drawer.isDisplayed()).isTrue();
        assertThat(textShare()).isGreaterThanOrEqualTo(0.6);
        assertThat(overlap("tw-text", "curation-drawer")).isZero(); // beside the text, not over it
        assertThat(driver.findElement(By.id("curation-decisions-toggle")).getAttribute("aria-expanded")).isEqualTo("true");

        // The chain decision quotes its mentions with context, each in a bidi isolate, not ~800 characters of article.
        WebElement chain = driver.findElement(By.cssSelector(".curation-decision[data-kind='CHAIN_MISMATCH']"));
        List<WebElement> quotes = chain.findElements(By.cssSelector("bdi.mention-quote[dir='auto']"));
        assertThat(quotes).hasSizeGreaterThanOrEqualTo(5); // 3 mentions in one candidate, 2 in the other
        assertThat(quotes).allSatisfy(q -> {
            assertThat(q.findElement(By.tagName("mark")).getText()).isEqualTo("جاسم");
            assertThat(q.getText().length()).isLessThan(60);
        });
        int regionLength = TEXT.lastIndexOf("جاسم") - TEXT.indexOf("جاسم");
        assertThat(regionLength).isGreaterThan(540);
        assertThat(chain.getText().length()).isLessThan(regionLength); // the whole card, two candidates included
        screenshot("curation-1400.png");

        // Alt+Shift+D hides the decisions and the text takes their place; the toggle by keyboard shows them again.
        new Actions(driver).keyDown(Keys.ALT).keyDown(Keys.SHIFT).sendKeys("d").keyUp(Keys.SHIFT).keyUp(Keys.ALT).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("curation-drawer")));
        assertThat(textShare()).isGreaterThan(0.85);
        driver.findElement(By.id("curation-decisions-toggle")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("curation-drawer")));

        driver.manage().window().setSize(new Dimension(1280, 900));
        wait.until(d -> textShare() >= 0.6);
        assertThat(overlap("tw-text", "curation-drawer")).isZero();
        screenshot("curation-1280.png");
    }

    @Test
    void atEightHundredPixelsTheDecisionsOpenOverTheTextAndADecisionIsTakenByKeyboard() {
        long document = curationWithAChainAndALabelDecision("Curation narrow");
        driver.manage().window().setSize(new Dimension(800, 900));
        startCuration(document);

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("curation-drawer")));
        assertThat(textShare()).isGreaterThanOrEqualTo(0.7);
        assertThat(js("return getComputedStyle(document.getElementById('tw-side')).display")).isEqualTo("none");
        screenshot("curation-800.png");

        WebElement toggle = driver.findElement(By.id("curation-decisions-toggle"));
        assertThat(toggle.getText()).isEqualTo("Decisions: 2 open");
        toggle.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("curation-drawer")));
        wait.until(d -> "curation-decisions".equals(js("return document.activeElement && document.activeElement.id")));
        screenshot("curation-800-decisions.png");
        new Actions(driver).sendKeys("1").perform(); // accepts the first candidate of the current decision
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("curation-open-count"), "1 open of 2"));
        assertThat(toggle.getText()).isEqualTo("Decisions: 1 open");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("curation-drawer")));
        assertThat(js("return document.activeElement && document.activeElement.id")).isEqualTo("curation-decisions-toggle");

        // The same in Arabic (right to left): the drawer opens from the other side, a click takes the decision.
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ui-language"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space(.)='العربية']"))).click();
        wait.until(d -> toggleText().matches("القرارات: [1١] مفتوحة"));
        waitForVaadin();
        assertThat(textShare()).isGreaterThanOrEqualTo(0.7);
        driver.findElement(By.id("curation-decisions-toggle")).sendKeys(Keys.ENTER);
        WebElement drawer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("curation-drawer")));
        assertThat(drawer.getRect().getX()).isLessThan(200); // the inline end is on the left
        WebElement candidate = driver.findElement(By.cssSelector(".curation-decision[data-open='true'] .curation-candidate"));
        js("arguments[0].scrollIntoView({block: 'center'})", candidate);
        screenshot("curation-800-ar.png");
        wait.until(ExpectedConditions.elementToBeClickable(candidate)).click();
        wait.until(d -> toggleText().matches("القرارات: [0٠] مفتوحة"));
    }

    /** Two annotators: the same three جاسم spans, linked three by one and two by the other; الوزير PERSON against ORG. */
    private long curationWithAChainAndALabelDecision(String name) {
        Teams.Team team = teams.create(name, "amal", "bilal");
        long document = documents.importTextFile(team.lead(), team.project().id(), "jasim.txt",
                TEXT.getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), team.project().id(), 2, List.of());
        int p2 = TEXT.indexOf(PARAGRAPH, 1);
        int jasim1 = TEXT.indexOf("جاسم");
        int jasim2 = TEXT.indexOf("جاسم", p2);
        int jasim3 = TEXT.lastIndexOf("جاسم");
        int minister = TEXT.indexOf("الوزير", p2);
        for (UserAccount annotator : team.annotators()) {
            long a = span(annotator, document, jasim1, jasim1 + 4, "LOCATION");
            long b = span(annotator, document, jasim2, jasim2 + 4, "LOCATION");
            long c = span(annotator, document, jasim3, jasim3 + 4, "LOCATION");
            link(annotator, document, annotator.equals(team.annotator(0)) ? List.of(a, b, c) : List.of(a, b));
            span(annotator, document, minister, minister + 6, annotator.equals(team.annotator(0)) ? "PERSON" : "ORG");
        }
        team.annotators().forEach(a -> assignments.markDone(a, document));
        logIn(team.lead().login(), Teams.PASSWORD);
        waitForVaadin();
        return document;
    }

    private void startCuration(long document) {
        driver.get(url("curation/" + document));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("curation-start"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("curation-decisions-toggle"), "Decisions: 2 open"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tw-text")));
        waitForVaadin();
    }

    /** Read by script: the page reloads when the language changes, and an element found before would be stale. */
    private String toggleText() {
        return String.valueOf(js("const t = document.getElementById('curation-decisions-toggle'); return t ? t.textContent.trim() : ''"));
    }

    /** The text column's width as a share of the window's. */
    private double textShare() {
        return ((Number) js("return document.getElementById('tw-text').getBoundingClientRect().width / window.innerWidth")).doubleValue();
    }

    /** How many pixels two elements overlap horizontally. */
    private long overlap(String first, String second) {
        return ((Number) js("""
                const a = document.getElementById(arguments[0]).getBoundingClientRect();
                const b = document.getElementById(arguments[1]).getBoundingClientRect();
                return Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left));""", first, second)).longValue();
    }

    private long span(UserAccount annotator, long document, int start, int end, String label) {
        return apply(annotator, document, new Operation.CreateSpan(start, end, label)).spanId();
    }

    private void link(UserAccount annotator, long document, List<Long> spans) {
        apply(annotator, document, new Operation.MoveMentions(spans.stream()
                .map(s -> new Operation.MoveMentions.Move(s, Operation.MoveMentions.NEW_CHAIN)).toList()));
    }

    private OperationResult apply(UserAccount annotator, long document, Operation operation) {
        long revision = annotations.layer(annotator, document).revision();
        return annotations.apply(annotator, document, revision, UUID.randomUUID(), operation);
    }
}
