package org.harambee.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.harambee.Chromium;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium at phone width (360 px), a district coordinator types in the header's search box, in French and in
 * Swahili, finds the records of their district grouped by kind, and opens one with a click. No page is wider than the
 * screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class SearchBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ApplicationContext context;

    SearchWorld world;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void theWorldAndABrowser() {
        world = new SearchWorld(jdbc).build(jobs, context);
        browser = Chromium.startPhone(360, 780);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        Chromium.signIn(browser, wait, url(""), SearchWorld.AMBER, SearchWorld.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("header-q")));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
        SearchWorld.clear(jdbc);
    }

    @Test
    void aCoordinatorSearchesFromTheHeaderInFrench() {
        browser.get(url("/?lang=fr"));
        fits("search-header-fr.png");
        browser.findElement(By.id("header-q")).sendKeys("ecole THER", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/search"));

        assertThat(text("h1")).isEqualTo("Recherche");
        assertThat(text("#search-summary")).isEqualTo("1 résultat pour « ecole THER »");
        assertThat(text("#search-COMMUNITY")).contains("Communautés", "École Sainte-Thérèse");
        fits("search-results-fr.png");

        browser.findElement(By.linkText("École Sainte-Thérèse")).click();
        wait.until(ExpectedConditions.urlContains("/communities/" + world.ecole));
    }

    @Test
    void aCoordinatorSearchesFromTheHeaderInSwahili() {
        browser.get(url("/?lang=sw"));
        browser.findElement(By.id("header-q")).sendKeys("amani", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/search"));

        assertThat(text("h1")).isEqualTo("Tafuta");
        assertThat(text("#search-COMMUNITY"))
                .contains("Jamii", "Kijiji cha Amani")
                .doesNotContain("Lakeside");
        assertThat(text("#search-AGREEMENT")).contains("Makubaliano", "Accord de référence Amani");
        fits("search-results-sw.png");

        browser.findElement(By.linkText("Kijiji cha Amani")).click();
        wait.until(ExpectedConditions.urlContains("/communities/" + world.amani));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void fits(String screenshot) {
        Chromium.screenshot(browser, screenshot);
        assertThat(Chromium.horizontalOverflow(browser)).as("fits 360 px").isLessThanOrEqualTo(0);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
