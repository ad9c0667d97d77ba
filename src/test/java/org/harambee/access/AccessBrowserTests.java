package org.harambee.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.harambee.Chromium;
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
 * In real Chromium at phone width: an administrator creates a district coordinator for one district; the coordinator
 * signs in with the temporary password, must choose their own, and then sees that district and nothing outside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class AccessBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void quzlandAndABrowser() {
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        jdbc.sql("delete from access_user where username <> 'admin'").update();
        browser = Chromium.start(360, 780);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anAdministratorCreatesADistrictCoordinatorWhoThenSeesOnlyThatDistrict() {
        signIn("admin", AccountAdministrationIntegrationTests.ADMIN_PASSWORD);
        browser.get(url("/accounts"));
        browser.findElement(By.linkText("New account")).click();
        browser.findElement(By.id("username")).sendKeys("amara");
        browser.findElement(By.id("displayName")).sendKeys("Amara Kamara");
        browser.findElement(By.id("phone")).sendKeys("+232 76 000000");
        browser.findElement(By.id("role_DISTRICT_COORDINATOR")).click();
        browser.findElement(By.id("units_DISTRICT_COORDINATOR")).sendKeys("QZ0199");
        Chromium.submit(browser, wait, "#account-form");
        assertThat(browser.findElement(By.cssSelector(".field-error")).getText())
                .contains("QZ0199");

        browser.findElement(By.id("units_DISTRICT_COORDINATOR")).clear();
        browser.findElement(By.id("units_DISTRICT_COORDINATOR")).sendKeys("Amb");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.pick-place[data-pcode='QZ0101']")))
                .click();
        assertThat(browser.findElement(By.id("units_DISTRICT_COORDINATOR")).getDomProperty("value"))
                .isEqualTo("QZ0101, ");
        Chromium.submit(browser, wait, "#account-form");
        String temporary =
                browser.findElement(By.cssSelector("#temporary-password code")).getText();
        assertThat(browser.findElement(By.id("account-roles")).getText()).contains("Amber (QZ0101)");
        assertThat(horizontalOverflow()).as("page fits 360 px").isLessThanOrEqualTo(0);
        screenshot("account-created.png");
        signOut();

        signIn("amara", temporary);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("must-change")));
        browser.findElement(By.id("currentPassword")).sendKeys(temporary);
        browser.findElement(By.id("newPassword")).sendKeys("synthetic-amara-pass-2026");
        browser.findElement(By.id("confirmPassword")).sendKeys("synthetic-amara-pass-2026");
        browser.findElement(By.cssSelector("#password-form button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("must-change")));
        assertThat(browser.findElement(By.id("my-roles")).getText()).contains("District coordinator", "Amber");

        browser.get(url("/units"));
        assertThat(browser.findElement(By.id("children")).getText())
                .contains("Amber")
                .doesNotContain("Quzland");
        browser.findElement(By.partialLinkText("Amber")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("Amber North")));
        browser.get(url("/units/QZ0201"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(browser.findElements(By.linkText("Accounts"))).isEmpty();
    }

    private void signIn(String username, String password) {
        Chromium.signIn(browser, wait, url(""), username, password);
    }

    private void signOut() {
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private void screenshot(String name) {
        Chromium.screenshot(browser, name);
    }

    private long horizontalOverflow() {
        return Chromium.horizontalOverflow(browser);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
