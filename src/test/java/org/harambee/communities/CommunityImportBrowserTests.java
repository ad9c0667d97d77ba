package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;
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
 * In real Chromium at phone width (360 px) and in French, Amber's district coordinator goes from the communities list
 * to the import of communities, reads the columns explained, uploads a file with a problem (told by line and column,
 * nothing written), then the corrected file (written), and sees the communities on the list. No page is wider than
 * the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class CommunityImportBrowserTests {

    static final String PASSWORD = "synthetic-amber-pass-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @TempDir
    Path dir;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void quzlandACoordinatorAndABrowser() {
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, "amber-importer", PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0101");
        browser = Chromium.start(360, 780);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aDistrictCoordinatorImportsCommunitiesOnAPhoneInFrench() throws Exception {
        String base = "http://localhost:" + port;
        Chromium.signIn(browser, wait, base, "amber-importer", PASSWORD);
        browser.get(base + "/communities?lang=fr");
        browser.findElement(By.id("import-communities")).click();
        wait.until(ExpectedConditions.urlContains("/record-imports/communities"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Communautés");
        assertThat(browser.findElement(By.id("columns")).getText()).contains("Le nom de la communauté");
        assertThat(Chromium.horizontalOverflow(browser)).isLessThanOrEqualTo(0);

        upload("pcode,name,population_total\nQZ010101,Kpetema,beaucoup\n");
        wait.until(ExpectedConditions.attributeToBe(By.id("progress"), "data-status", "REJECTED"));
        assertThat(browser.findElement(By.cssSelector(".problems")).getText())
                .contains("population_total")
                .contains("« beaucoup » n’est pas un nombre entier positif ou nul.");
        assertThat(jdbc.sql("select count(*) from community").query(Long.class).single())
                .isZero();
        assertThat(Chromium.horizontalOverflow(browser)).isLessThanOrEqualTo(0);

        browser.findElement(By.cssSelector("nav.crumbs a[href$='/record-imports/communities']"))
                .click();
        upload("pcode,name,population_total\nQZ010101,Kpetema,1200\n,Mano,\n");
        wait.until(ExpectedConditions.attributeToBe(By.id("progress"), "data-status", "REJECTED"));
        assertThat(browser.findElement(By.cssSelector(".problems")).getText())
                .contains("Le lieu manque : donnez son P-code, ou son nom dans « place ».");

        browser.findElement(By.cssSelector("nav.crumbs a[href$='/record-imports/communities']"))
                .click();
        upload("pcode,place,parent,name,population_total\nQZ010101,,,Kpetema,1200\n,Amber South,Amber,Mano,\n");
        wait.until(ExpectedConditions.attributeToBe(By.id("progress"), "data-status", "SUCCEEDED"));
        assertThat(browser.findElement(By.id("created")).getText()).isEqualTo("2");

        browser.get(base + "/communities");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Kpetema")
                .contains("Mano");
    }

    private void upload(String csv) throws Exception {
        Path file = Files.writeString(dir.resolve("communities.csv"), csv, StandardCharsets.UTF_8);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
        browser.findElement(By.id("file")).sendKeys(file.toString());
        Chromium.submit(browser, wait, "#record-import-form");
        wait.until(ExpectedConditions.urlContains("/record-imports/jobs/"));
    }
}
