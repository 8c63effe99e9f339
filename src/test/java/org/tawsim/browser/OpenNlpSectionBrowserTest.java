package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.account.UserAccount;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.model.SyntheticCorpus;
import org.tawsim.suggestion.model.TrainingDocument;
import org.tawsim.suggestion.training.ModelTraining;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.CuratedDocuments;
import org.tawsim.support.Teams;

/**
 * The trained model's section of the lead's Suggestions tab, at 800 px, in English and Arabic: switching it on
 * starts the training the curated documents are due for, the page follows it, and the held-out figures per label
 * appear; "Train now" works from the keyboard.
 */
class OpenNlpSectionBrowserTest extends BrowserTest {

    @Autowired
    Teams teams;
    @Autowired
    CuratedDocuments curated;
    @Autowired
    AccountService accounts;
    @Autowired
    RecommenderService recommenders;
    @Autowired
    ModelTraining training;

    @Test
    void aLeadSwitchesTheModelOnWatchesItTrainAndReadsItsFiguresInBothLanguages() {
        Teams.Team team = teams.create("OpenNLP page", "annotator");
        long projectId = team.project().id();
        List<TrainingDocument> corpus = SyntheticCorpus.documents(6, 10, 7);
        for (int i = 0; i < corpus.size(); i++) {
            curated.curate(team, "doc-" + i + ".txt", corpus.get(i));
        }
        driver.manage().window().setSize(new Dimension(800, 900));
        WebDriverWait untilTrained = new WebDriverWait(driver, Duration.ofMinutes(3));

        openTab(team.lead(), projectId, "Suggestions");
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recommender-opennlp")));
        assertThat(box.getText()).contains("Trained model (OpenNLP)");
        assertThat(box.getAttribute("checked")).as("off by default").isNull();
        assertThat(driver.findElement(By.id("opennlp-model")).getText()).contains("No model yet");
        assertThat(driver.findElement(By.id("opennlp-curated")).getText()).contains("6 documents").contains("Enough for a new training");

        box.findElement(By.tagName("input")).click();
        // the page polls while the training runs, and shows the result when it ends
        untilTrained.until(d -> d.findElement(By.id("opennlp-model")).getText().contains("Model in use trained"));
        assertThat(driver.findElement(By.id("opennlp-state")).getAttribute("data-state")).isEqualTo("idle");
        assertThat(driver.findElement(By.id("opennlp-state")).getText()).isEqualTo("Ready");
        assertThat(gridTexts("opennlp-figures")).contains("Precision", "Recall", "F1", "LOCATION", "PERSON", "All labels");
        assertThat(driver.findElement(By.id("opennlp-curated")).getText()).contains("The next training starts after 5 documents more");
        assertThat(driver.findElement(By.id("opennlp")).getRect().getWidth()).as("fits 800 px").isLessThanOrEqualTo(800);
        screenshot("opennlp-section-en");

        OffsetDateTime first = status(team).startedAt();
        WebElement train = driver.findElement(By.id("opennlp-train"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].focus()", train);
        train.sendKeys(Keys.ENTER);
        wait.until(d -> status(team).startedAt().isAfter(first));
        untilTrained.until(d -> "idle".equals(d.findElement(By.id("opennlp-state")).getAttribute("data-state")));
        wait.until(d -> status(team).state().equals("idle"));

        WebElement agreement = driver.findElement(By.id("opennlp-agreement"));
        assertThat(agreement.getText()).contains("Also learn from documents all their annotators agree on");
        assertThat(agreement.getAttribute("checked")).as("curated gold only by default").isNull();
        agreement.findElement(By.tagName("input")).click();
        wait.until(d -> status(team).trainOnAgreement());
        wait.until(d -> d.findElement(By.id("opennlp-agreed")).getText().contains("0 documents"));

        accounts.setLanguage(team.lead().id(), "ar");
        openTab(team.lead(), projectId, "الاقتراحات");
        WebElement arabic = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recommender-opennlp")));
        assertThat(arabic.getText()).contains("نموذج مدرَّب (OpenNLP)");
        assertThat(arabic.getAttribute("checked")).as("stays on").isNotNull();
        assertThat(driver.findElement(By.id("opennlp-state")).getText()).isEqualTo("جاهز");
        assertThat(driver.findElement(By.id("opennlp-model")).getText()).contains("النموذج المستعمل دُرِّب");
        assertThat(driver.findElement(By.id("opennlp-train")).getText()).isEqualTo("درِّب الآن");
        assertThat(driver.findElement(By.id("opennlp-agreement")).getText()).contains("اتفق عليها كل مُوسِّميها");
        assertThat(driver.findElement(By.id("opennlp-agreement")).getAttribute("checked")).as("stays allowed").isNotNull();
        assertThat(gridTexts("opennlp-figures")).contains("الدقة", "الاستدعاء", "LOCATION", "PERSON");
        screenshot("opennlp-section-ar");
    }

    private org.tawsim.suggestion.training.ModelTrainingStatus status(Teams.Team team) {
        return training.status(team.lead(), team.project().id(), Locale.ENGLISH);
    }

    private void openTab(UserAccount lead, long projectId, String tab) {
        driver.manage().deleteAllCookies();
        logIn(lead.login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get(url("project/" + projectId));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[contains(., '" + tab + "')]"))).click();
    }
}
