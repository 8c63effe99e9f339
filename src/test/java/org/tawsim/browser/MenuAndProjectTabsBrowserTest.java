package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.account.SystemRole;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/**
 * The menu and the project page are put together from what each feature contributes: every role still sees the
 * same entries and tabs in the same order, and no page it may not open.
 */
class MenuAndProjectTabsBrowserTest extends BrowserTest {

    @Autowired
    Teams teams;
    @Autowired
    AccountService accounts;

    @Test
    void eachRoleSeesItsMenuEntriesInOrder() {
        Teams.Team team = teams.create("Menu per role", "menu-annotator");

        logIn(team.annotator(0).login(), Teams.PASSWORD);
        assertThat(menu()).containsExactly("My documents", "Projects", "My account");

        driver.manage().deleteAllCookies();
        logIn(team.lead().login(), Teams.PASSWORD);
        assertThat(menu()).containsExactly("My documents", "Projects", "Agreement", "Exports", "My account");

        driver.manage().deleteAllCookies();
        String admin = "menu-admin-" + System.nanoTime();
        accounts.create(admin, Teams.PASSWORD, "Admin", SystemRole.ADMIN);
        logIn(admin, Teams.PASSWORD);
        assertThat(menu()).containsExactly("My documents", "Projects", "Agreement", "Exports", "Admin", "My account");
        assertThat(js("return Array.from(document.querySelectorAll('vaadin-side-nav-item'))"
                + ".map(i => i.getAttribute('path')).join(',')")).isEqualTo(",projects,agreement,exports,admin,account");
    }

    @Test
    void leadsSeeEveryProjectTabAndAnnotatorsTheirTwo() {
        Teams.Team team = teams.create("Tabs per role", "tabs-annotator");
        String page = "project/" + team.project().id();

        logIn(team.lead().login(), Teams.PASSWORD);
        driver.get(url(page));
        assertThat(tabs()).containsExactly("Documents", "Members", "Assignments", "Curation", "Labels", "Suggestions");
        assertThat(driver.findElements(By.id("project-agreement"))).hasSize(1);

        driver.manage().deleteAllCookies();
        logIn(team.annotator(0).login(), Teams.PASSWORD);
        driver.get(url(page));
        assertThat(tabs()).containsExactly("Documents", "Members");
        assertThat(driver.findElements(By.id("project-agreement"))).isEmpty();
    }

    private List<String> menu() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav-item")));
        waitForVaadin();
        return texts("vaadin-side-nav-item");
    }

    private List<String> tabs() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#project-tabs vaadin-tab")));
        waitForVaadin();
        return texts("#project-tabs vaadin-tab");
    }

    @SuppressWarnings("unchecked")
    private List<String> texts(String selector) {
        return (List<String>) js("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent.trim())",
                selector);
    }
}
