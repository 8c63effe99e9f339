package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/**
 * An address that is no page shows Tawsim's own translated "page not found" with a way home, for logged-in and
 * anonymous users, in development mode too (where Vaadin's own page lists every route), and names no route.
 */
class PageNotFoundBrowserTest extends BrowserTest {

    @Autowired
    Teams teams;
    @Autowired
    AccountService accounts;
    @Autowired
    ServletContext servletContext;

    @Test
    void aLoggedInUserSeesTheTranslatedPageWithALinkHome() {
        Teams.Team team = teams.create("Not found", "annotator");
        logIn(team.lead().login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get(url("no-such-page/deeper?x=1"));
        assertNotFoundPage("Page not found", "There is no page at this address.", "Go to the start page");
        driver.findElement(By.id("not-found-home")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        assertThat(driver.getCurrentUrl()).isEqualTo(url(""));
    }

    @Test
    void inArabic() {
        Teams.Team team = teams.create("Not found ar", "annotator");
        accounts.setLanguage(team.annotator(0).id(), "ar");
        logIn(team.annotator(0).login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get(url("projects/nothing-here"));
        assertNotFoundPage("الصفحة غير موجودة", "لا توجد صفحة بهذا العنوان.", "الانتقال إلى الصفحة الرئيسية");
        assertThat(js("return document.documentElement.dir")).isEqualTo("rtl");
    }

    @Test
    void anAnonymousUserSeesItToo() {
        driver.get(url("login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vaadinLoginUsername")));
        waitForVaadin();
        // Navigation inside the app (no new page load): the login page's UI routes to an unknown address.
        js("window.history.pushState({}, '', 'no-such-page'); window.dispatchEvent(new PopStateEvent('popstate'))");
        assertNotFoundPage("Page not found", "There is no page at this address.", "Go to the start page");
        // Loading an unknown address without a session leads to the login page, which names no route either.
        driver.manage().deleteAllCookies();
        driver.get(url("no-such-page"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vaadinLoginUsername")));
        assertNamesNoRoute();
    }

    private void assertNotFoundPage(String title, String message, String home) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page-not-found")));
        waitForVaadin();
        String body = driver.findElement(By.tagName("body")).getText();
        assertThat(body).contains(title, message, home);
        assertThat(driver.getTitle()).isEqualTo(title);
        assertThat(driver.findElement(By.id("not-found-home")).getText()).isEqualTo(home);
        assertNamesNoRoute();
    }

    private void assertNamesNoRoute() {
        List<String> routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).getRegisteredRoutes()
                .stream().map(RouteData::getTemplate).filter(t -> !t.isEmpty() && !t.equals("login")).toList();
        assertThat(routes).as("the app's routes").contains("projects", "admin");
        String body = driver.findElement(By.tagName("body")).getText().toLowerCase();
        assertThat(body).doesNotContain("route");
        for (String route : routes) {
            assertThat(body).as("names the route " + route).doesNotContain(route.toLowerCase());
        }
    }
}
