package org.tawsim.support;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the running app (see {@link RunningApp}) with headless Debian Chromium ({@link Chromium}), as a user would.
 */
public abstract class BrowserTest extends RunningApp {

    protected WebDriver driver;
    protected WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        driver = Chromium.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected void logIn(String login, String password) {
        Chromium.logIn(driver, url("login"), login, password);
    }

    protected void waitForVaadin() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients || {})"
                        + ".every(c => !c.isActive || !c.isActive())"));
    }

    protected List<String> gridTexts(String gridId) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")));
        waitForVaadin();
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    /** Kept under target/screenshots/ for people to look at. */
    protected void screenshot(String name) {
        try {
            java.nio.file.Path dir = Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            Files.write(dir.resolve(name), ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
