package org.harambee.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium at phone width (360 px), Amber's district coordinator records a signed agreement between the Amber
 * river cluster and the district social welfare office: both sign, the cluster and the office each take on a
 * commitment, the signed memorandum is attached, and the agreement comes into force; the commitments then show among
 * what is due. No page is wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class AgreementsBrowserTests {

    static final String PASSWORD = "synthetic-amber-pass-2026";
    static final LocalDate TODAY = LocalDate.now();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    WebDriver browser;
    WebDriverWait wait;
    UUID cluster;
    UUID office;

    @BeforeEach
    void quzlandAClusterAnOfficeACoordinatorAndABrowser() {
        AgreementTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        jdbc.sql("delete from access_user where username <> 'admin'").update();
        TestAccounts.create(jdbc, "amber", PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0101");
        UUID ngo = CommunityTables.organisation(jdbc, "Children First", "INTERNATIONAL_NGO");
        cluster = CommunityTables.cluster(
                jdbc, "Amber river cluster", ngo, CommunityTables.community(jdbc, "Kpetema", "QZ010101"));
        office = AgreementTables.servicePoint(jdbc, "Amber Social Welfare", "QZ0101");
        browser = Chromium.start(360, 780);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aDistrictCoordinatorRecordsASignedAgreementOfAClusterAndAServicePointWithTwoCommitmentsOnAPhone() {
        Chromium.signIn(browser, wait, url(""), "amber", PASSWORD);
        browser.findElement(By.linkText("Agreements")).click();
        fits();
        browser.findElement(By.linkText("New agreement")).click();
        browser.findElement(By.id("purpose"))
                .sendKeys("Children at risk in the cluster reach social welfare in a day.");
        new Select(browser.findElement(By.id("formality"))).selectByValue("SIGNED_MOU");
        new Select(browser.findElement(By.id("communityParty"))).selectByValue("CLUSTER:" + cluster);
        new Select(browser.findElement(By.id("systemParty"))).selectByValue("SERVICE_POINT:" + office);
        Chromium.submit(browser, wait, "#agreement-form");
        assertThat(browser.findElement(By.id("title-error")).getText()).isEqualTo("This field is required.");
        fits();
        browser.findElement(By.id("title")).sendKeys("Amber referral agreement");
        Chromium.submit(browser, wait, "#agreement-form");
        assertThat(browser.findElement(By.id("parties")).getText())
                .contains("Amber river cluster", "Synthetic test office Amber Social Welfare");

        sign(1, "Fatmata Kamara", "Cluster chair");
        sign(2, "Joseph Bangura", "District social welfare officer");
        assertThat(browser.findElement(By.id("signatories")).getText()).contains("Fatmata Kamara", "Joseph Bangura");

        open("commitment-form");
        browser.findElement(By.id("commitment-description")).sendKeys("Refer children at risk the same day");
        Chromium.submit(browser, wait, "#commitment-form");
        assertThat(browser.findElement(By.id("commitment-ownerPartyId-error")).getText())
                .isEqualTo("Choose from the list.");
        commit(1, "Refer children at risk the same day", TODAY.plusDays(14));
        commit(2, "Acknowledge each referral within 72 hours", TODAY.plusDays(21));

        browser.findElement(By.id("document-file"))
                .sendKeys(file("signed-mou.pdf").toString());
        Chromium.submit(browser, wait, "#document-form");
        assertThat(browser.findElement(By.id("documents")).getText()).contains("signed-mou.pdf");

        Chromium.setDate(browser, "transition-date", TODAY.toString());
        Chromium.setDate(browser, "transition-reviewDate", TODAY.plusMonths(6).toString());
        Chromium.submit(browser, wait, "#transition-form");
        assertThat(browser.findElement(By.id("agreement-facts")).getText()).contains("In force", "Amber North");
        assertThat(browser.findElement(By.id("commitments")).getText())
                .contains("Refer children at risk the same day", "Acknowledge each referral within 72 hours");
        fits();
        Chromium.screenshot(browser, "agreements-agreement.png");

        browser.get(url("/agreements/reminders"));
        assertThat(browser.findElement(By.id("commitments-due")).getText())
                .contains("Refer children at risk the same day", "Acknowledge each referral within 72 hours");
        fits();
        browser.get(url("/agreements?status=IN_FORCE"));
        assertThat(browser.findElement(By.id("agreements")).getText()).contains("Amber referral agreement", "In force");
        fits();
        Chromium.screenshot(browser, "agreements-list.png");
    }

    private void sign(int party, String name, String title) {
        open("signatory-form");
        new Select(browser.findElement(By.id("signatory-partyId"))).selectByIndex(party);
        browser.findElement(By.id("signatory-name")).sendKeys(name);
        browser.findElement(By.id("signatory-title")).sendKeys(title);
        Chromium.setDate(browser, "signatory-signedOn", TODAY.minusDays(1).toString());
        Chromium.submit(browser, wait, "#signatory-form");
        fits();
    }

    private void commit(int owner, String description, LocalDate due) {
        open("commitment-form");
        browser.findElement(By.id("commitment-description")).clear();
        browser.findElement(By.id("commitment-description")).sendKeys(description);
        new Select(browser.findElement(By.id("commitment-ownerPartyId"))).selectByIndex(owner);
        Chromium.setDate(browser, "commitment-dueOn", due.toString());
        Chromium.submit(browser, wait, "#commitment-form");
        fits();
    }

    /** A small PDF on disk, for the browser to upload. */
    private static Path file(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "uploads"));
            return Files.write(dir.resolve(name), AgreementTables.PDF).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the folded section that holds the form. */
    private void open(String form) {
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0]).closest('details').open = true;", form);
    }

    private void fits() {
        assertThat(Chromium.horizontalOverflow(browser))
                .as(browser.getCurrentUrl())
                .isLessThanOrEqualTo(0);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
