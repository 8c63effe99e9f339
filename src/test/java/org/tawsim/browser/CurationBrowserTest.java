package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.Layer;
import org.tawsim.annotation.layer.Span;
import org.tawsim.curation.CurationService;
import org.tawsim.curation.Outcome;
import org.tawsim.export.ExportManifest;
import org.tawsim.export.ExportService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/**
 * A lead curates a document three annotators finished: resolves a label mismatch from the decisions panel by
 * keyboard, merges two gold chains in the editor, marks the document curated and exports gold as CoNLL-2012.
 */
class CurationBrowserTest extends BrowserTest {

    private static final String TEXT = "زار الوزير مدينة جاسم ثم قال الوزير إن جاسم هادئة لأن المدينة آمنة";

    @Autowired
    Scenarios scenarios;
    @Autowired
    AnnotationService annotations;
    @Autowired
    ExportService exports;
    @Autowired
    CurationService curation;

    @Test
    void leadResolvesALabelMismatchMergesTwoChainsAndExportsGold() throws Exception {
        Scenario s = scenarios.project("Curation browser").annotators("amal", "bilal", "dina").document("jasim.txt", TEXT)
                .assignBalanced(3);
        int minister = TEXT.indexOf("الوزير");
        int minister2 = TEXT.indexOf("الوزير", minister + 1);
        int city = TEXT.indexOf("مدينة");
        int jasim = TEXT.indexOf("جاسم");
        int jasim2 = TEXT.indexOf("جاسم", jasim + 1);
        for (String annotator : List.of("amal", "bilal", "dina")) {
            s.span(annotator, "الوزير", "PERSON").span(annotator, "مدينة", "LOCATION")
                    .span(annotator, "جاسم", "LOCATION").span(annotator, "جاسم", 2, "LOCATION").span(annotator, "المدينة", "LOCATION")
                    .chainAt(annotator, jasim, jasim2)          // everybody: جاسم · جاسم
                    .chain(annotator, "مدينة", "المدينة");       // everybody: مدينة · المدينة (the same city: the lead merges them)
        }
        s.span("amal", "الوزير", 2, "PERSON")  // label mismatch: PERSON 1/3 ...
                .span("bilal", "الوزير", 2, "ORG")  // ... against ORG 1/3
                .done("amal", "bilal", "dina");
        Teams.Team team = s.team();
        long document = s.documentId();

        logIn(team.lead().login(), Teams.PASSWORD);
        waitForVaadin();
        driver.get(url("project/" + team.project().id()));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[contains(., 'Curation')]"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("curation-progress"), "0 of 1 document curated"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("curate-" + document))).click();

        wait.until(ExpectedConditions.elementToBeClickable(By.id("curation-start"))).click();
        EditorPage editor = new EditorPage(driver);
        wait.until(d -> editor.shownSpans().size() == 5);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("curation-open-count"), "1 open of 1"));
        String candidates = driver.findElement(By.id("decision-0")).getText();
        assertThat(candidates).contains("Label mismatch", "1 · ORG", "2 · PERSON", "1/3");

        // Keyboard: the decisions panel has focus; 2 accepts PERSON.
        js("document.getElementById('curation-decisions').focus()");
        editor.press("2");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("curation-open-count"), "0 open of 1"));
        wait.until(d -> editor.shownSpans().size() == 6); // the editor reloaded gold
        assertThat(goldSpans(team, document)).contains(minister2 + ":" + (minister2 + 6) + ":PERSON")
                .doesNotContain(minister2 + ":" + (minister2 + 6) + ":ORG");
        assertThat(annotations.goldLayer(team.lead(), document).chains()).hasSize(2);

        // Mouse and L in the editor: link جاسم to مدينة, which merges their two gold chains.
        editor.click(jasim, jasim + 4);
        editor.press("l").click(city, city + 5).saved();
        Layer gold = annotations.goldLayer(team.lead(), document);
        assertThat(gold.chains()).singleElement().satisfies(c -> assertThat(c.spanIds()).hasSize(4));
        assertThat(editor.js("return document.querySelectorAll('#tw-chains .tw-chain').length")).isEqualTo(1L);

        var curated = driver.findElement(By.id("curation-curated"));
        js("arguments[0].scrollIntoView({block: 'center'})", curated);
        screenshot("curation.png");
        wait.until(ExpectedConditions.elementToBeClickable(curated)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("curation-curated"), "Reopen"));

        // Export gold as CoNLL-2012 from the exports page.
        driver.get(url("exports"));
        waitForVaadin();
        var project = wait.until(ExpectedConditions.elementToBeClickable(By.id("export-project")));
        if (!Boolean.TRUE.equals(js("return !!arguments[0].selectedItem", project))) { // the lead's only project is preselected
            project.findElement(By.tagName("input")).sendKeys(team.project().name());
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-combo-box-item[contains(., '" + team.project().name() + "')]"))).click();
        }
        assertThat(project.findElement(By.tagName("input")).getAttribute("value")).isEqualTo(team.project().name());
        choose("export-format", "CoNLL-2012");
        choose("export-sources", "Gold");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("export-start"))).click();
        wait.until(d -> d.findElements(By.xpath("//vaadin-grid[@id='exports']//a[contains(., 'gold.v4_conll')]")).size() > 0);

        ExportManifest manifest = exports.list(team.lead(), team.project().id()).get(0);
        assertThat(manifest.sources()).containsExactly("gold");
        assertThat(manifest.curatedDocuments()).isEqualTo(1);
        List<String> rows = Files.readAllLines(exports.file(team.lead(), team.project().id(), manifest.exportId(), "gold.v4_conll"));
        Map<String, String> corefByWord = rows.stream().map(r -> r.split("\t")).filter(c -> c.length > 5)
                .filter(c -> List.of("مدينة", "جاسم", "المدينة").contains(c[3]))
                .collect(Collectors.toMap(c -> c[3] + "@" + c[2], c -> c[c.length - 1]));
        assertThat(corefByWord).hasSize(4);
        assertThat(corefByWord.values()).allSatisfy(v -> assertThat(v).matches("\\(\\d+\\)"));
        assertThat(corefByWord.values().stream().distinct()).hasSize(1); // one merged chain
    }

    @Test
    void leadIsToldOfTheAnnotatorsChangesAndMergesAgainKeepingHerDecision() {
        Scenario s = scenarios.project("Curation re-merge").annotators("amal", "bilal").document("jasim.txt", TEXT)
                .assignBalanced(2)
                .span("amal", "الوزير", "PERSON").span("bilal", "الوزير", "PERSON")
                .span("amal", "جاسم", "LOCATION")           // missing span 1/2
                .span("amal", "المدينة", "ORG")              // label mismatch: ORG ...
                .span("bilal", "المدينة", "LOCATION")        // ... against LOCATION
                .done("amal", "bilal");
        Teams.Team team = s.team();
        long document = s.documentId();
        int minister = TEXT.indexOf("الوزير");
        int jasim = TEXT.indexOf("جاسم");
        int theCity = TEXT.indexOf("المدينة");

        logIn(team.lead().login(), Teams.PASSWORD);
        waitForVaadin();
        driver.get(url("curation/" + document));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("curation-start"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("curation-open-count"), "2 open of 2"));
        assertThat(driver.getPageSource()).doesNotContain("id=\"curation-changed\"");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("decision-1-candidate-1"))).click(); // LOCATION
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("curation-open-count"), "1 open of 2"));

        // bilal reopens the document, marks جاسم as amal did and finishes again
        s.reopen("bilal").span("bilal", "جاسم", "LOCATION").done("bilal");

        driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("curation-changed"),
                "The annotators changed this document since curation started"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("curation-open-count"), "1 open of 2")); // the snapshot
        waitForVaadin();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ui-language"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space(.)='العربية']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("curation-changed"), "غيَّر الموسِّمون هذا المستند منذ بدء التحكيم"));
        screenshot("curation-changed.png");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("curation-remerge"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("curation-changed")));
        EditorPage editor = new EditorPage(driver);
        wait.until(d -> editor.shownSpans().size() == 3);
        assertThat(goldSpans(team, document)).containsExactlyInAnyOrder(minister + ":" + (minister + 6) + ":PERSON",
                jasim + ":" + (jasim + 4) + ":LOCATION", theCity + ":" + (theCity + 7) + ":LOCATION");
        var decided = curation.curation(team.lead(), document);
        assertThat(decided.annotatorsChanged()).isFalse();
        assertThat(decided.decisions()).singleElement().satisfies(d -> {   // جاسم is agreed now; her choice is kept
            assertThat(d.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(d.candidates().get(d.chosen()).span().label()).isEqualTo("LOCATION");
        });
        assertThat(driver.findElements(By.cssSelector(".curation-decision[data-open='true']"))).isEmpty();
    }

    private void choose(String selectId, String itemText) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(selectId))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., '" + itemText + "')]"))).click();
        waitForVaadin();
    }

    private List<String> goldSpans(Teams.Team team, long document) {
        return annotations.goldLayer(team.lead(), document).spans().stream()
                .map((Span s) -> s.start() + ":" + s.end() + ":" + s.label()).toList();
    }
}
