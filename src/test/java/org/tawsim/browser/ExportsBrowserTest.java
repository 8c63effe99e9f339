package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tawsim.support.BrowserTest;

/**
 * The demo lead exports the demo project from the exports page (finished documents only, the default), sees its
 * progress in documents and then the result, and gets download links, the export's date, format and what it left out.
 */
class ExportsBrowserTest extends BrowserTest {

    @Test
    void aLeadExportsAndSeesTheFiles() {
        // the first page of a fresh app can take long on a loaded machine
        driver.get(url("login"));
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        logIn("lead", "lead-demo");
        waitForVaadin();
        driver.get(url("exports"));
        waitForVaadin();
        WebElement project = wait.until(ExpectedConditions.elementToBeClickable(By.id("export-project")));
        if (!Boolean.TRUE.equals(js("return !!arguments[0].selectedItem", project))) {
            project.findElement(By.tagName("input")).sendKeys("Arabic news");
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-combo-box-item[contains(., 'Arabic news')]"))).click();
        }
        assertThat(js("return arguments[0].checked", driver.findElement(By.id("export-finished-only")))).isEqualTo(true);
        // every text the progress line shows, however briefly: the export may finish between two looks
        js("window.progressTexts = []; const line = document.getElementById('export-progress-text');"
                + "new MutationObserver(() => window.progressTexts.push(line.textContent))"
                + ".observe(line, {childList: true, characterData: true, subtree: true});");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("export-start"))).click();

        wait.until(d -> d.findElements(By.xpath("//vaadin-grid[@id='exports']//a[contains(., 'annotator1.jsonl')]")).size() > 0);
        // progress in documents while it ran, then the result in its place
        wait.until(d -> driver.findElement(By.id("export-progress-text")).getText().startsWith("Export written: "));
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) js("return window.progressTexts");
        assertThat(shown).anyMatch(t -> t.matches("Documents read: \\d+ of [1-9]\\d*"));
        assertThat(shown.get(shown.size() - 1)).matches("Export written: \\d+ files?, \\d+ documents?\\.");
        List<WebElement> links = driver.findElements(By.xpath("//vaadin-grid[@id='exports']//a"));
        assertThat(links).extracting(WebElement::getText).contains("annotator1.jsonl", "annotator2.jsonl", "manifest.json");
        assertThat(links.get(0).getAttribute("href")).isNotBlank();
        assertThat(driver.findElement(By.id("export-progress")).isDisplayed()).isFalse();

        // the list speaks the reader's words: a date, the format's name, what was left out; no raw ids or enums
        List<String> cells = gridTexts("exports");
        assertThat(cells).contains("Created", "Left out", "JSONL");
        assertThat(cells).anyMatch(t -> t.endsWith(" UTC")).anyMatch(t -> t.contains("unfinished documents: "));
        assertThat(cells).noneMatch(t -> t.matches(".*\\d{8}T\\d{6}.*") || t.contains("CONLL_") || t.contains("ALL_ANNOTATORS"));
    }
}
