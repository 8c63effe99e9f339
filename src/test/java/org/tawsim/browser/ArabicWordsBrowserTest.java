package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/**
 * The Arabic UI speaks Arabic: the login page (also with its errors), the main pages (projects, project,
 * editor, agreement, exports, my account with its password fields' reveal buttons) show
 * none of the English texts that used to be left over, in their text or in their accessible labels, shadow DOM
 * included; counted messages take the Arabic plural form; the app has a favicon.
 */
class ArabicWordsBrowserTest extends BrowserTest {

    /** English left in the Arabic UI before (Vaadin's defaults, counts, figures), matched as whole words. */
    static final List<String> ENGLISH = List.of("Toggle navigation panel", "Toggle child items", "Show password",
            "Toggle", "n/a", "documents", "document", "changes", "spans", "chains", "files", "Upload", "Drop",
            "Projects", "Project", "Agreement", "Export", "Exports", "Format", "History", "Rename", "Mark done",
            "Reopen", "Save", "Cancel", "Loading", "Forgot password", "Username is required", "Password is required",
            "Incorrect username or password", "Log in", "Username", "Password");

    /** Every text node and accessible label of the page, through open shadow roots (styles and scripts left out). */
    static final String PAGE_WORDS = """
            const out = [];
            const walk = root => {
              for (const el of root.querySelectorAll('*')) {
                if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(el.tagName)) continue;
                for (const a of ['aria-label', 'title', 'placeholder', 'label']) {
                  const v = el.getAttribute(a);
                  if (v) out.push(v);
                }
                for (const n of el.childNodes) if (n.nodeType === 3 && n.data.trim()) out.push(n.data.trim());
                if (el.shadowRoot) walk(el.shadowRoot);
              }
            };
            walk(document);
            return out.join('\\n');
            """;

    @Autowired
    Teams teams;
    @Autowired
    AccountService accounts;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;

    @Test
    void theArabicUiShowsNoEnglishWords() throws Exception {
        Teams.Team team = teams.create("عربي", "first", "second");
        long project = team.project().id();
        String text = Files.readString(Path.of("seeds/000_9720df9780ae2cfa.txt"));
        long documentId = documents.importTextFile(team.lead(), project, "000.txt", text.getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), project, 2, List.of(documentId));
        for (int i = 0; i < 2; i++) {
            annotations.apply(team.annotator(i), documentId, 0, UUID.randomUUID(), new CreateSpan(4, 10 + i, "LOCATION"));
            assignments.markDone(team.annotator(i), documentId);
        }
        accounts.setLanguage(team.lead().id(), "ar");
        accounts.setLanguage(team.annotator(0).id(), "ar");
        List<String> found = new ArrayList<>();

        driver.get(url("login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("login-language"))).click();
        wait.until(d -> "rtl".equals(js("return document.documentElement.dir")));
        assertThat(js("return document.querySelector('link[rel=icon]').href")).asString().endsWith("icons/tawsim.svg");
        loginPageWords(found);

        logIn(team.lead().login(), Teams.PASSWORD);
        for (String page : List.of("projects", "project/" + project, "agreement?project=" + project, "exports", "account")) {
            driver.get(url(page));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
            waitForVaadin();
            found.addAll(english(page));
        }
        driver.get(url("agreement?project=" + project));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-group")));
        waitForVaadin();
        assertThat(driver.findElement(By.id("agreement-group")).getText()).startsWith("مستند واحد.");
        found.addAll(english("agreement (report)"));

        driver.manage().deleteAllCookies();
        logIn(team.annotator(0).login(), Teams.PASSWORD);
        driver.get(url("documents/" + documentId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tw-text")));
        waitForVaadin();
        found.addAll(english("editor"));
        assertThat(driver.findElement(By.id("tw-done")).getText()).isEqualTo("مكتمل — أعد فتحه للتعديل");
        assertThat(js("return document.querySelector('tawsim-editor').count('editor.save.retrying', 2)"))
                .isEqualTo("تعذّر الوصول إلى الخادم: تغييران بالانتظار، تجري إعادة المحاولة");
        assertThat(js("return document.querySelector('tawsim-editor').count('editor.save.retrying', 11)"))
                .isEqualTo("تعذّر الوصول إلى الخادم: 11 تغييرًا بالانتظار، تجري إعادة المحاولة");

        assertThat(found).isEmpty();
    }

    /** The login page as it first shows, after submitting it empty, and after a failed login. */
    private void loginPageWords(List<String> found) {
        wait.until(d -> js("return document.querySelector('#vaadinLoginPassword vaadin-password-field-button')") != null);
        waitForVaadin();
        found.addAll(english("login"));
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot=submit]")).click();
        wait.until(d -> Boolean.TRUE.equals(js("return document.querySelector('#vaadinLoginPassword').invalid")));
        found.addAll(english("login (empty)"));
        driver.get(url("login?error"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form[error]")));
        waitForVaadin();
        found.addAll(english("login (error)"));
    }

    private List<String> english(String page) {
        String words = String.valueOf(js(PAGE_WORDS));
        return ENGLISH.stream()
                .filter(w -> Pattern.compile("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}_-])").matcher(words).find())
                .map(w -> page + ": " + w).toList();
    }
}
