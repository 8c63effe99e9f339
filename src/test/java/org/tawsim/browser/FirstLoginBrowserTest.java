package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tawsim.support.BrowserTest;
import org.tawsim.text.Headline;

/** A demo annotator logs in, finds the seed articles, and switches the whole UI to Arabic. */
class FirstLoginBrowserTest extends BrowserTest {

    @Test
    void annotatorSeesTheSeedArticlesAndCanSwitchToArabic() throws Exception {
        logIn("annotator2", "annotator2-demo");
        List<String> cells = gridTexts("my-documents");
        for (String title : seedTitles()) {
            assertThat(cells).as("My documents lists the seed article").contains(title);
        }
        assertThat(js("return document.documentElement.getAttribute('dir')")).isIn(null, "ltr");
        assertThat(driver.findElement(By.tagName("vaadin-side-nav")).getText()).contains("My documents");

        chooseLanguage("العربية");
        wait.until(d -> "rtl".equals(js("return document.documentElement.getAttribute('dir')")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-side-nav"), "مستنداتي"));
        assertThat(js("return getComputedStyle(document.querySelector('vaadin-app-layout')).direction")).isEqualTo("rtl");

        // The choice belongs to the account: a new session starts in Arabic.
        driver.manage().deleteAllCookies();
        logIn("annotator2", "annotator2-demo");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-side-nav"), "مستنداتي"));
        assertThat(js("return document.documentElement.getAttribute('dir')")).isEqualTo("rtl");

        chooseLanguage("English");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-side-nav"), "My documents"));
        assertThat(js("return document.documentElement.getAttribute('dir')")).isIn(null, "ltr");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        logIn("annotator1", "not-the-password");
        wait.until(d -> d.getCurrentUrl().contains("error"));
        wait.until(d -> Boolean.TRUE.equals(js("return document.querySelector('vaadin-login-form')?.error === true")));
        assertThat(driver.getCurrentUrl()).contains("/login");
    }

    @Test
    void pagesNeedALogin() {
        driver.get(url("projects"));
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }

    private void chooseLanguage(String label) {
        waitForVaadin();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ui-language"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"))).click();
    }

    private static List<String> seedTitles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    // titled as an import titles them: the first line that reads as a headline
                    return Headline.of(Files.readString(p), p.getFileName().toString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
