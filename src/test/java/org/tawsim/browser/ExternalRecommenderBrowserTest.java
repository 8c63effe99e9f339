package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.account.UserAccount;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.external.ExternalRecommenderService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.FakeRecommenderService;
import org.tawsim.support.Teams;

/**
 * A lead sets up the external service on the Suggestions tab at 800 px, by keyboard where it counts, in English,
 * then tests the connection again in Arabic: the section shows success and what the service did.
 */
class ExternalRecommenderBrowserTest extends BrowserTest {

    @Autowired
    Teams teams;
    @Autowired
    AccountService accounts;
    @Autowired
    RecommenderService recommenders;
    @Autowired
    ExternalRecommenderService external;

    @Test
    void aLeadConfiguresTheServiceAndTestsTheConnectionInEnglishAndArabic() {
        try (FakeRecommenderService service = new FakeRecommenderService(Map.of("درعا", "LOCATION"))) {
            Teams.Team team = teams.create("External UI", "ann");
            long projectId = team.project().id();
            driver.manage().window().setSize(new Dimension(800, 900));
            logInAs(team.lead());
            openSuggestionsTab(projectId, "Suggestions");
            WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recommender-external")));
            assertThat(box.getText()).contains("External service");
            assertThat(box.getAttribute("checked")).as("off by default").isNull();
            assertThat(driver.findElement(By.id("external-status")).getText()).isEqualTo("The service has not been called yet.");

            WebElement url = driver.findElement(By.cssSelector("#external-url input"));
            url.sendKeys(service.url("/good"));
            driver.findElement(By.cssSelector("#external-token input")).sendKeys("browser-token", Keys.TAB);
            WebElement save = driver.findElement(By.id("external-save"));
            save.sendKeys(Keys.ENTER);
            waitForVaadin();
            wait.until(d -> external.settings(team.lead(), projectId, java.util.Locale.ENGLISH).url() != null);
            assertThat(external.settings(team.lead(), projectId, java.util.Locale.ENGLISH).tokenSet()).isTrue();
            assertThat(driver.findElement(By.cssSelector("#external-token input")).getAttribute("value"))
                    .as("the token is never put back into the page").isEmpty();
            box.findElement(By.tagName("input")).sendKeys(Keys.SPACE);
            wait.until(d -> recommenders.enabled(projectId, "external"));
            assertInsideTheWindow("external-save", "external-test", "external-url");

            driver.findElement(By.id("external-test")).sendKeys(Keys.ENTER);
            WebElement result = wait.until(d -> {
                WebElement r = d.findElement(By.id("external-test-result"));
                return r.getText().isEmpty() ? null : r;
            });
            assertThat(result.getAttribute("data-ok")).as(result.getText()).isEqualTo("true");
            assertThat(result.getText()).startsWith("The service answered: 1 span in");
            assertThat(driver.findElement(By.id("external-status")).getText()).contains("Last answer:", "Calls: 1");
            assertThat(service.received().get(0).authorization()).isEqualTo("Bearer browser-token");
            screenshot("external-recommender-en.png");

            accounts.setLanguage(team.lead().id(), "ar");
            logInAs(team.lead());
            openSuggestionsTab(projectId, "الاقتراحات");
            WebElement arabic = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recommender-external")));
            assertThat(arabic.getText()).contains("خدمة خارجية");
            assertThat(arabic.getAttribute("checked")).as("stays on").isNotNull();
            assertThat(driver.findElement(By.cssSelector("#external-url input")).getAttribute("value")).isEqualTo(service.url("/good"));
            assertThat(driver.findElement(By.id("external-token")).getText()).contains("الرمز محفوظ");
            WebElement test = driver.findElement(By.id("external-test"));
            js("arguments[0].scrollIntoView({block: 'center'})", test);
            test.sendKeys(Keys.SPACE);
            wait.until(d -> d.findElement(By.id("external-test-result")).getText().startsWith("أجابت الخدمة: مقطع واحد"));
            assertThat(driver.findElement(By.id("external-test-result")).getAttribute("data-ok")).isEqualTo("true");
            assertThat(driver.findElement(By.id("external-status")).getText()).contains("آخر إجابة", "الاستدعاءات: ٢");
            assertInsideTheWindow("external-save", "external-test", "external-url");
            screenshot("external-recommender-ar.png");
        }
    }

    private void openSuggestionsTab(long projectId, String tab) {
        driver.get(url("project/" + projectId));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[contains(., '" + tab + "')]"))).click();
        waitForVaadin();
    }

    private void assertInsideTheWindow(String... ids) {
        long width = ((Number) js("return window.innerWidth")).longValue();
        for (String id : ids) {
            js("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.id(id)));
            Map<?, ?> rect = (Map<?, ?>) js("const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right};",
                    driver.findElement(By.id(id)));
            assertThat(((Number) rect.get("left")).doubleValue()).as(id).isGreaterThanOrEqualTo(0);
            assertThat(((Number) rect.get("right")).doubleValue()).as(id).isLessThanOrEqualTo(width);
        }
    }

    private void logInAs(UserAccount user) {
        driver.manage().deleteAllCookies();
        logIn(user.login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }
}
