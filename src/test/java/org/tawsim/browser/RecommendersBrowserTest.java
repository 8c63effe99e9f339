package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.account.UserAccount;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/** A lead switches the string matcher off on the project page's Suggestions tab (both languages); annotators have no tab. */
class RecommendersBrowserTest extends BrowserTest {

    @Autowired
    Teams teams;
    @Autowired
    AccountService accounts;
    @Autowired
    RecommenderService recommenders;

    @Test
    void aLeadSwitchesTheStringMatcherOffAndAnnotatorsDoNotGetTheTab() {
        Teams.Team team = teams.create("Recommenders", "ann");
        long projectId = team.project().id();
        logInAs(team.lead());
        driver.get(url("project/" + projectId));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[contains(., 'Suggestions')]"))).click();
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recommender-string-matcher")));
        assertThat(box.getText()).contains("Arabic-aware string matching");
        assertThat(box.getAttribute("checked")).as("on by default").isNotNull();
        WebElement rates = driver.findElement(By.id("recommender-acceptance"));
        wait.until(d -> rates.getText().contains("String matching"));
        assertThat(rates.getText()).as("no decisions yet: n/a, never 0").contains("n/a").doesNotContain("0%");
        box.findElement(By.tagName("input")).click();
        waitForVaadin();
        wait.until(d -> !recommenders.settings(team.lead(), projectId).stringMatcher().enabled());

        accounts.setLanguage(team.lead().id(), "ar");
        logInAs(team.lead());
        driver.get(url("project/" + projectId));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[contains(., 'الاقتراحات')]"))).click();
        WebElement arabic = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recommender-string-matcher")));
        assertThat(arabic.getText()).contains("مطابقة نصية تراعي العربية");
        assertThat(arabic.getAttribute("checked")).as("stays off").isNull();
        WebElement arabicRates = driver.findElement(By.id("recommender-acceptance"));
        wait.until(d -> arabicRates.getText().contains("نسبة القبول"));
        assertThat(arabicRates.getText()).contains("غير متاح", "مطابقة نصية");

        logInAs(team.annotator(0));
        driver.get(url("project/" + projectId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#project-tabs vaadin-tab")));
        waitForVaadin();
        assertThat(driver.findElements(By.id("recommender-string-matcher"))).isEmpty();
    }

    private void logInAs(UserAccount user) {
        driver.manage().deleteAllCookies();
        logIn(user.login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }
}
