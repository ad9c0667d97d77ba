package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.harambee.Chromium;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium at phone width (360 px), Amber's district coordinator adds the district social welfare office
 * (after a bad phone number is refused), makes an officer work its queue, sets it as the district's route for child
 * protection, and opens the poster in French. No page is wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class ServicePointsBrowserTests {

    static final String PASSWORD = "synthetic-amber-pass-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void quzlandACoordinatorAnOfficerAndABrowser() {
        ServicePointTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, "amber", PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0101");
        TestAccounts.create(jdbc, "amber-officer", PASSWORD, Role.SERVICE_POINT_OFFICER, "QZ0101");
        browser = Chromium.start(360, 780);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aDistrictCoordinatorSetsUpTheDistrictPathwayAndPrintsItsPosterOnAPhone() {
        Chromium.signIn(browser, wait, url(""), "amber", PASSWORD);
        browser.findElement(By.linkText("Service points")).click();
        fits();
        browser.findElement(By.linkText("New service point")).click();
        browser.findElement(By.id("name")).sendKeys("Amber social welfare office");
        new Select(browser.findElement(By.id("category"))).selectByValue("SOCIAL_WELFARE");
        browser.findElement(By.id("unit")).sendKeys("QZ0101");
        browser.findElement(By.id("phone")).sendKeys("call us");
        browser.findElement(By.id("address")).sendKeys("District council building, Main road");
        browser.findElement(By.id("openingHours")).sendKeys("Monday to Friday, 8:00 to 16:00");
        browser.findElement(By.id("onPlatform")).click();
        Chromium.submit(browser, wait, "#service-point-form");
        assertThat(browser.findElement(By.cssSelector("#service-point-form .field-error"))
                        .getText())
                .isEqualTo("Give a phone number of 6 to 15 digits.");
        fits();
        browser.findElement(By.id("phone")).clear();
        browser.findElement(By.id("phone")).sendKeys("+000 555 0101");
        Chromium.submit(browser, wait, "#service-point-form");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Amber social welfare office");
        fits();

        browser.findElement(By.cssSelector("#officers-form input[value='amber-officer']"))
                .click();
        Chromium.submit(browser, wait, "#officers-form");
        assertThat(browser.findElement(By.cssSelector("ul.plain")).getText()).contains("amber-officer");
        Chromium.screenshot(browser, "service-point.png");

        browser.findElement(By.linkText("Referral pathway of Amber")).click();
        new Select(browser.findElement(By.id("category"))).selectByValue("SOCIAL_WELFARE");
        new Select(browser.findElement(By.id("servicePointId"))).selectByVisibleText("Amber social welfare office");
        Chromium.submit(browser, wait, "#route-form");
        assertThat(browser.findElement(By.id("routes")).getText()).contains("to Amber social welfare office");
        assertThat(browser.findElement(By.id("resolved")).getText()).contains("Amber social welfare office");
        fits();
        Chromium.screenshot(browser, "pathway.png");

        browser.findElement(By.linkText("Poster: Français")).click();
        wait.until(b -> b.getCurrentUrl().contains("/poster"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Où trouver de l’aide pour un enfant");
        assertThat(browser.findElement(By.cssSelector("ol.services")).getText())
                .contains("Protection de l’enfant et action sociale", "Amber social welfare office", "+000 555 0101");
        fits();
        Chromium.screenshot(browser, "pathway-poster.png");
    }

    private void fits() {
        assertThat(Chromium.horizontalOverflow(browser))
                .as("%s fits 360 px", browser.getCurrentUrl())
                .isLessThanOrEqualTo(0);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
