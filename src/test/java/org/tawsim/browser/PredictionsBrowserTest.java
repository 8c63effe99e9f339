package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.account.UserAccount;
import org.tawsim.suggestion.prediction.PredictionService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/**
 * A lead uploads predictions on the Suggestions tab: a good file is stored and counted, a file with a bad line lists
 * the line and stores nothing (English and Arabic), and "remove all" asks before it removes.
 */
class PredictionsBrowserTest extends BrowserTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    AccountService accounts;
    @Autowired
    PredictionService predictions;

    @Test
    void aLeadUploadsPredictionsAndSeesTheResultOrTheProblemsInBothLanguages() throws Exception {
        Scenario s = scenarios.project("Predictions page").annotators("ann")
                .document("news.txt", "وصل الوفد إلى دمشق ثم إلى درعا.").assign("ann")
                .document("other.txt", "زار الوزير حمص.").assign("ann");
        long document = s.documentId("news.txt");
        String good = "{\"document_id\":" + document + ",\"source\":\"predictions\",\"spans\":[{\"start\":14,\"end\":18,"
                + "\"label\":\"LOCATION\",\"score\":0.8},{\"start\":26,\"end\":30,\"label\":\"LOCATION\"}]}\n";
        String bad = good + "{\"document_id\":" + s.documentId("other.txt") + ",\"source\":\"predictions\",\"spans\":[{\"start\":4,\"end\":9,"
                + "\"label\":\"PLACE\"}]}\n";

        openSuggestionsTab(s.lead(), s.projectId(), "Suggestions");
        assertThat(driver.findElement(By.id("predictions-counts")).getText()).isEqualTo("No predictions imported.");
        assertThat(driver.findElement(By.id("recommender-predictions")).getAttribute("checked")).as("on by default").isNotNull();
        uploadFile(good);
        WebElement stored = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("predictions-stored")));
        assertThat(stored.getText()).contains("stored 2 predictions for 1 document");
        wait.until(d -> d.findElement(By.id("predictions-counts")).getText().startsWith("2 predictions for 1 document; last import"));

        openSuggestionsTab(s.lead(), s.projectId(), "Suggestions");
        uploadFile(bad);
        WebElement problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("predictions-problems")));
        assertThat(driver.findElement(By.id("predictions-rejected")).getText()).contains("nothing was imported");
        assertThat(problems.getText()).contains("Line 2: span 0: unknown label PLACE");
        assertThat(predictions.counts(s.lead(), s.projectId()).predictions()).as("the earlier import stays").isEqualTo(2);

        accounts.setLanguage(s.lead().id(), "ar");
        openSuggestionsTab(s.lead(), s.projectId(), "الاقتراحات");
        assertThat(driver.findElement(By.id("predictions-counts")).getText()).contains("تنبؤان").contains("مستند واحد");
        uploadFile(bad);
        WebElement arabic = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("predictions-problems")));
        assertThat(driver.findElement(By.id("predictions-rejected")).getText()).contains("لم يُستورد شيء");
        assertThat(arabic.getText()).contains("السطر 2: المقطع 0: وسم غير معروف PLACE");

        // keyboard: the remove button and its confirmation
        WebElement remove = driver.findElement(By.id("predictions-remove"));
        js("arguments[0].focus()", remove);
        remove.sendKeys(Keys.ENTER);
        WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(By.id("predictions-remove-confirm")));
        confirm.sendKeys(Keys.ENTER);
        wait.until(d -> d.findElement(By.id("predictions-counts")).getText().equals("لم تُستورد أي تنبؤات."));
        assertThat(predictions.counts(s.lead(), s.projectId()).predictions()).isZero();
    }

    private void openSuggestionsTab(UserAccount lead, long projectId, String tab) {
        driver.manage().deleteAllCookies();
        logIn(lead.login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get(url("project/" + projectId));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[contains(., '" + tab + "')]"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("predictions-upload")));
        waitForVaadin();
    }

    private void uploadFile(String content) throws Exception {
        Path file = Files.createTempFile("predictions", ".jsonl");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        WebElement upload = driver.findElement(By.id("predictions-upload"));
        WebElement input = (WebElement) js("return arguments[0].querySelector('input[type=file]')"
                + " || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        input.sendKeys(file.toAbsolutePath().toString());
        waitForVaadin();
    }
}
