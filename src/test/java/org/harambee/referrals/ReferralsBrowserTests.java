package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium at phone width (360 px): a facilitator refers a child (told first that consent is missing), the
 * district social welfare office finds it in its inbox below an overdue referral, accepts it, opens who the child is
 * and reports the service, and the facilitator reads the feedback. No page is wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class ReferralsBrowserTests {

    static final String PASSWORD = "synthetic-referral-pass-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    WebDriver browser;
    WebDriverWait wait;
    UUID amberWelfare;

    @BeforeEach
    void quzlandWithAPathwayAndABrowser() {
        ReferralFixtures.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, "fatmata", PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ0101");
        TestAccounts.create(jdbc, "welfare", PASSWORD, Role.SERVICE_POINT_OFFICER, "QZ0101");
        CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        amberWelfare =
                ReferralFixtures.servicePoint(jdbc, "Amber social welfare office", "SOCIAL_WELFARE", "QZ0101", true);
        ReferralFixtures.route(jdbc, "SOCIAL_WELFARE", "QZ0101", amberWelfare);
        ReferralFixtures.officer(jdbc, amberWelfare, "welfare");
        browser = Chromium.start(360, 780);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aFacilitatorRefersAChildAndTheOfficeAnswersFromItsInbox() {
        UUID older = ReferralFixtures.referral(
                jdbc, "fatmata", CommunityTables.community(jdbc, "Mano", "QZ010102"), amberWelfare, "SENT");
        jdbc.sql("update referral set due_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofHours(2))), older)
                .update();

        signIn("fatmata");
        browser.findElement(By.linkText("Referrals")).click();
        browser.findElement(By.linkText("Refer a child")).click();
        new Select(browser.findElement(By.id("communityId"))).selectByVisibleText("Kpetema");
        new Select(browser.findElement(By.id("ageBand"))).selectByVisibleText("10 to 14");
        new Select(browser.findElement(By.id("sex"))).selectByVisibleText("girl");
        new Select(browser.findElement(By.id("category"))).selectByVisibleText("Child protection and social welfare");
        browser.findElement(By.id("reason")).sendKeys("Out of school, works at the market");
        browser.findElement(By.id("childName")).sendKeys("Synthetic Childname Qwerty");
        fits("referral-form.png");
        Chromium.submit(browser, wait, "#referral-form");

        assertThat(text(".field-error")).contains("Say yes or no.");
        assertThat(browser.findElement(By.id("childName")).getAttribute("value"))
                .isEqualTo("Synthetic Childname Qwerty");
        browser.findElement(By.cssSelector("input[name=caregiverConsent][value=true]"))
                .click();
        browser.findElement(By.cssSelector("input[name=childAssent][value=true]"))
                .click();
        browser.findElement(By.id("scope")).sendKeys("Name and phone to the social welfare office");
        Chromium.submit(browser, wait, "#referral-form");

        assertThat(text(".alert")).contains("Referral sent.");
        assertThat(browser.findElements(By.id("emergency-numbers")))
                .as("no emergency numbers for a referral that is not an emergency")
                .isEmpty();
        assertThat(text(".facts")).contains("Amber social welfare office", "by the pathway");
        String reference = browser.findElement(By.tagName("h1")).getText().replaceAll(".*(R-\\w+).*", "$1");
        fits("referral-sent.png");
        signOut();

        signIn("welfare");
        browser.findElement(By.linkText("Referrals")).click();
        List<WebElement> inbox = browser.findElements(By.cssSelector("#referral-list li"));
        assertThat(inbox).hasSize(2);
        assertThat(inbox.get(0).getText()).contains("Overdue");
        assertThat(inbox.get(1).getText()).contains(reference).doesNotContain("Overdue");
        fits("referral-inbox.png");
        inbox.get(1).findElement(By.cssSelector("a.name")).click();
        assertThat(browser.getPageSource()).doesNotContain("Synthetic Childname");
        Chromium.submit(browser, wait, "#action-ACCEPT");
        assertThat(text(".alert")).contains("Accepted.");
        browser.findElement(By.cssSelector("#identity button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("identity"), "Synthetic Childname Qwerty"));
        browser.findElement(By.id("note-PROVIDE")).sendKeys("Back in school since Monday");
        Chromium.submit(browser, wait, "#action-PROVIDE");
        assertThat(text("h1")).contains("Service provided");
        fits("referral-served.png");
        signOut();

        signIn("fatmata");
        browser.findElement(By.linkText("Referrals")).click();
        assertThat(text("#referral-list")).contains(reference, "Service provided", "Back in school since Monday");
    }

    private void signIn(String username) {
        Chromium.signIn(browser, wait, "http://localhost:" + port, username, PASSWORD);
    }

    private void signOut() {
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private String text(String selector) {
        return browser.findElement(By.cssSelector(selector)).getText();
    }

    private void fits(String screenshot) {
        Chromium.screenshot(browser, screenshot);
        assertThat(Chromium.horizontalOverflow(browser))
                .as(browser.getCurrentUrl())
                .isLessThanOrEqualTo(0);
    }
}
