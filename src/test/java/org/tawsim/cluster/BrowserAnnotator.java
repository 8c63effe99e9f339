package org.tawsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tawsim.browser.EditorPage;
import org.tawsim.support.Chromium;

/** An annotator in a real browser, through the proxy: logs in, annotates, reloads, comes back. */
final class BrowserAnnotator {

    private final WebDriver driver;
    private final String proxy;
    private final String login;
    private final String password;

    BrowserAnnotator(WebDriver driver, String proxy, String login, String password) {
        this.driver = driver;
        this.proxy = proxy;
        this.login = login;
        this.password = password;
    }

    String login() {
        return login;
    }

    /** The instance a session lives on: what Tomcat appended to its id (JSESSIONID=….a). */
    static String route(Cookie session) {
        String id = session.getValue();
        return id.contains(".") ? id.substring(id.lastIndexOf('.') + 1) : "";
    }

    String sessionRoute() {
        return route(driver.manage().getCookieNamed("JSESSIONID"));
    }

    /** Logs in on the session's instance: the session id changes (fixation protection), its route does not. */
    void logIn(String expectedRoute) {
        String before = driver.manage().getCookieNamed("JSESSIONID").getValue();
        Chromium.logIn(driver, proxy + "/login", login, password);
        new WebDriverWait(driver, Duration.ofSeconds(60)).withMessage(() -> login + " logged in, at " + driver.getCurrentUrl())
                .until(d -> {
            Cookie session = d.manage().getCookieNamed("JSESSIONID"); // briefly absent while the page changes
            return !d.getCurrentUrl().contains("/login") && session != null && !before.equals(session.getValue());
        });
        assertThat(sessionRoute()).as("route of %s's session after login", login).isEqualTo(expectedRoute);
    }

    /**
     * Labels the first {@code spans} words of the document one by one, reloading the page and leaving for the
     * document list in between (new UIs and many requests in the same session); the spans the editor shows.
     */
    List<String> annotate(long documentId, int spans) {
        EditorPage editor = openEditor(documentId);
        List<int[]> words = words(editor, spans);
        for (int i = 0; i < words.size(); i++) {
            EditorPage current = editor.select(words.get(i)[0], words.get(i)[1]).press("3").saved();
            int expected = i + 1;
            new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(() -> login + "'s span " + expected + " shown")
                    .until(d -> current.shownSpans().size() == expected);
            if (i % 2 == 1) {
                driver.navigate().refresh();
                editor = new EditorPage(driver).focus();
            }
            if (i == spans / 2) {
                driver.get(proxy + "/");
                new WebDriverWait(driver, Duration.ofSeconds(30))
                        .until(d -> !d.findElements(By.cssSelector("#my-documents vaadin-grid-cell-content")).isEmpty());
                editor = openEditor(documentId);
            }
        }
        List<String> shown = openEditor(documentId).shownSpans();
        assertThat(shown).as("spans %s sees after a reload", login).hasSize(spans);
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContainIgnoringCase("session expired");
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
        return shown;
    }

    private EditorPage openEditor(long documentId) {
        driver.get(proxy + "/documents/" + documentId);
        return new EditorPage(driver).focus();
    }

    /** [start, end) in code points of the first {@code n} Arabic words of at least three letters. */
    private static List<int[]> words(EditorPage editor, int n) {
        String text = (String) editor.js("return document.querySelector('#tw-text').textContent");
        List<int[]> words = new ArrayList<>();
        Matcher word = Pattern.compile("\\p{IsArabic}{3,}").matcher(text);
        while (words.size() < n && word.find()) {
            words.add(new int[] {text.codePointCount(0, word.start()), text.codePointCount(0, word.end())});
        }
        return words;
    }
}
