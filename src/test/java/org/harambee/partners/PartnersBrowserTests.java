package org.harambee.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.harambee.Chromium;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
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
 * In real Chromium at phone width (360 px), Amber's district coordinator registers an organisation, records where it
 * works, sees it among those present but not adopting, invites it and records its agreement, then records a
 * stakeholder and a forum with a meeting. No page is wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class PartnersBrowserTests {

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
    void quzlandACoordinatorAndABrowser() {
        PartnerTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        jdbc.sql("delete from access_user where username <> 'admin'").update();
        TestAccounts.create(jdbc, "amber", PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0101");
        browser = Chromium.start(360, 780);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aDistrictCoordinatorRecordsPartnersPresenceAdoptionAndAForumOnAPhone() {
        signIn();
        browser.findElement(By.linkText("Partners")).click();
        fits("/organisations");
        browser.findElement(By.linkText("New organisation")).click();
        browser.findElement(By.id("name")).sendKeys("Child Aid Quzland");
        browser.findElement(By.id("shortName")).sendKeys("CAQ");
        new Select(browser.findElement(By.id("kind"))).selectByValue("INTERNATIONAL_NGO");
        new Select(browser.findElement(By.id("place"))).selectByValue("QZ:2");
        browser.findElement(By.id("contactEmail")).sendKeys("not an address");
        submit("#organisation-form");
        assertThat(browser.findElement(By.id("contactEmail-error")).getText())
                .isEqualTo("This is not an e-mail address.");
        browser.findElement(By.id("contactEmail")).clear();
        browser.findElement(By.id("contactEmail")).sendKeys("caq@example.org");
        submit("#organisation-form");
        assertThat(browser.findElement(By.id("organisation-facts")).getText()).contains("Quzland: Level 2 (level 2)");
        fits(null);
        screenshot("partners-organisation.png");

        browser.findElement(By.linkText("Add presence")).click();
        browser.findElement(By.id("unit")).sendKeys("QZ010101");
        new Select(browser.findElement(By.id("sector"))).selectByValue("CHILD_PROTECTION");
        date("startDate", "2025-01-15");
        submit("#presence-form");
        assertThat(browser.findElement(By.id("presence")).getText()).contains("CAQ", "Child protection", "Amber North");
        fits(null);

        browser.get(url("/adoptions?unit=QZ0101"));
        assertThat(browser.findElement(By.id("not-adopting")).getText()).contains("CAQ", "Not invited");
        fits(null);
        screenshot("partners-not-adopting.png");
        browser.findElement(By.linkText("Invite an organisation")).click();
        new Select(browser.findElement(By.id("organisationId"))).selectByVisibleText("Child Aid Quzland");
        date("invitedOn", "2025-02-01");
        submit("#adoption-form");
        date("date", "2025-01-20");
        submit("#step-form");
        assertThat(browser.findElement(By.id("date-error")).getText())
                .isEqualTo("This step cannot come before the step before it (2025-02-01).");
        date("date", "2025-02-20");
        submit("#step-form");
        assertThat(browser.findElement(By.id("adoption-steps")).getText()).contains("Agreed", "2025-02-20");
        fits(null);

        browser.get(url("/stakeholders/new?unit=QZ0101"));
        browser.findElement(By.id("name")).sendKeys("Amber Chiefdom Council");
        new Select(browser.findElement(By.id("kind"))).selectByValue("CHIEFDOM_COUNCIL");
        submit("#stakeholder-form");
        assertThat(browser.findElement(By.id("stakeholders")).getText()).contains("Amber Chiefdom Council");
        fits(null);

        browser.get(url("/forums/new?unit=QZ0101"));
        browser.findElement(By.id("name")).sendKeys("Amber Children's Forum");
        new Select(browser.findElement(By.id("convenerId"))).selectByIndex(1);
        submit("#forum-form");
        date("heldOn", "2025-03-05");
        browser.findElement(By.id("attendance")).sendKeys("23");
        browser.findElement(By.id("notes")).sendKeys("Children presented their map of risky places.");
        submit("#meeting-form");
        assertThat(browser.findElement(By.id("meetings")).getText()).contains("2025-03-05", "23 present");
        fits(null);
        screenshot("partners-forum.png");
        for (String page : new String[] {"/presence", "/adoptions", "/stakeholders", "/forums"}) {
            fits(page);
        }
    }

    private void signIn() {
        Chromium.signIn(browser, wait, url(""), "amber", PASSWORD);
    }

    private void submit(String form) {
        Chromium.submit(browser, wait, form);
    }

    private void date(String id, String isoDate) {
        Chromium.setDate(browser, id, isoDate);
    }

    /** Opens {@code path} (or stays) and checks that the page is no wider than the screen. */
    private void fits(String path) {
        if (path != null) {
            browser.get(url(path));
        }
        assertThat(Chromium.horizontalOverflow(browser))
                .as("%s fits 360 px", browser.getCurrentUrl())
                .isLessThanOrEqualTo(0);
    }

    private void screenshot(String name) {
        Chromium.screenshot(browser, name);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
