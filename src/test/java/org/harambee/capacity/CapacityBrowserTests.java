package org.harambee.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium at phone width (360 px), the national coordinator sees on Amber's place page that the district is
 * not ready and why (its service point has no trained officer), records a referral training of that officer (after a
 * wrong end date is refused), marks the officer present, and sees Amber ready. No page is wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class CapacityBrowserTests {

    static final String PASSWORD = "synthetic-national-pass-2026";
    static final String OFFICER = "amber-officer";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void amberWithATrainedFacilitatorSupportAndAnUntrainedOfficer() {
        CapacityTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, "national", PASSWORD, Role.NATIONAL_COORDINATOR, "QZ");
        TestAccounts.create(jdbc, OFFICER, PASSWORD, Role.SERVICE_POINT_OFFICER, "QZ0101");
        UUID community = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        UUID facilitator = CapacityTables.facilitator(jdbc, "Fatmata Sesay", "QZ0101");
        CapacityTables.assign(jdbc, facilitator, community);
        CapacityTables.attended(jdbc, CapacityTables.training(jdbc, "QZ0101"), facilitator, null);
        CapacityTables.governmentSupport(
                jdbc, "QZ0101", CommunityTables.organisation(jdbc, "Ministry of Social Welfare", "GOVERNMENT"));
        CapacityTables.servicePoint(jdbc, "Amber social welfare", "QZ0101", OFFICER);
        browser = Chromium.start(360, 780);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aCoordinatorRecordsATrainingOfTheMissingOfficerAndSeesTheDistrictReady() {
        Chromium.signIn(browser, wait, url(""), "national", PASSWORD);
        browser.get(url("/units/QZ0101"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("readiness-verdict")));
        assertThat(browser.findElement(By.id("readiness-verdict")).getText()).isEqualTo("Not ready");
        assertThat(browser.findElement(By.id("readiness-panel")).getText())
                .contains("Service points of the referral pathway with a trained officer: 0 of 1.");
        fits();
        browser.findElement(By.linkText("Criteria, government support and trainings"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("support-form")));
        fits();
        Chromium.screenshot(browser, "capacity-readiness.png");

        browser.findElement(By.linkText("Record a training")).click();
        browser.findElement(By.id("title")).sendKeys("Referral and case management");
        browser.findElement(By.cssSelector("input[name=competencies][value=REFERRAL_CASE_MANAGEMENT]"))
                .click();
        String yesterday = LocalDate.now().minusDays(1).toString();
        Chromium.setDate(browser, "startsOn", yesterday);
        Chromium.setDate(browser, "endsOn", LocalDate.now().minusDays(2).toString());
        browser.findElement(By.id("venue")).sendKeys("District hall");
        Chromium.submit(browser, wait, "#training-form");
        assertThat(browser.findElement(By.cssSelector("#training-form .field-error"))
                        .getText())
                .isEqualTo("The end may not be before the start.");
        fits();
        Chromium.setDate(browser, "endsOn", yesterday);
        Chromium.submit(browser, wait, "#training-form");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Referral and case management");

        browser.findElement(By.id("username")).sendKeys(OFFICER);
        Chromium.submit(browser, wait, "#participant-form");
        browser.findElement(By.cssSelector("#results-form input[type=checkbox]"))
                .click();
        Chromium.submit(browser, wait, "#results-form");
        assertThat(browser.findElement(By.id("completed-count")).getText()).isEqualTo("1 of 1 participant");
        fits();
        Chromium.screenshot(browser, "capacity-training.png");

        browser.findElement(By.linkText("Amber")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("readiness-verdict")));
        assertThat(browser.findElement(By.id("readiness-verdict")).getText()).isEqualTo("Ready");
        fits();
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
