package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tawsim.support.BrowserTest;

/** The demo lead uploads an annotated JSONL file on the project page; its document appears in the list. */
class AnnotatedImportBrowserTest extends BrowserTest {

    @Test
    void aLeadImportsAnAnnotatedFile() throws Exception {
        driver.get(url("login"));
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        logIn("lead", "lead-demo");
        waitForVaadin();
        driver.get(url("projects"));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid[@id='projects']//vaadin-grid-cell-content[contains(., 'Arabic news')]"))).click();
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("annotated-upload")));
        waitForVaadin();

        String id = "imported-" + System.nanoTime();
        Path file = Files.createTempFile("annotated", ".jsonl");
        Files.writeString(file, "{\"id\":\"" + id + "\",\"text\":\"وصل الوفد إلى دمشق.\",\"source\":\"annotator1\","
                + "\"spans\":[{\"id\":1,\"start\":14,\"end\":18,\"label\":\"LOCATION\"}]}\n", StandardCharsets.UTF_8);
        WebElement input = (WebElement) js("return arguments[0].querySelector('input[type=file]')"
                + " || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        input.sendKeys(file.toAbsolutePath().toString());

        wait.until(d -> !d.findElements(By.tagName("vaadin-notification-card")).isEmpty());
        String message = driver.findElement(By.tagName("vaadin-notification-card")).getText();
        assertThat(message).contains("stored 1 document with 1 span");
    }
}
