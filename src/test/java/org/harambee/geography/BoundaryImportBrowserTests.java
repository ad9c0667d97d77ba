package org.harambee.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.harambee.Chromium;
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
 * As a newcomer would, in real Chromium at phone width: sign in, import a COD-AB file, watch it finish, browse the new
 * units down to a chiefdom with its map; a bad file is refused with its problems by line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class BoundaryImportBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        GeographyTables.clear(jdbc);
        browser = Chromium.start(360, 780);
        // htmx replaces the progress block while the test reads it: a stale element is simply read again.
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void administratorImportsAFileAndBrowsesTheNewUnits() throws Exception {
        signIn();
        importThroughPage("quzland.csv", BoundaryFiles.quzlandCsv(), "SUCCEEDED");
        assertThat(browser.findElement(By.id("progress")).getText()).contains("10");

        browser.get(url("/units"));
        browser.findElement(By.partialLinkText("Quzland")).click();
        browser.findElement(By.partialLinkText("Hill Province")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("Amber")));
        assertThat(browser.findElement(By.cssSelector(".crumbs")).getText()).contains("Quzland");
        assertThat(horizontalOverflow()).as("page fits 360 px").isLessThanOrEqualTo(0);

        browser.findElement(By.id("q")).sendKeys("birch");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.partialLinkText("Amber")));
        assertThat(browser.findElement(By.id("children")).getText()).contains("Birch");

        browser.get(url("/units/QZ77"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
    }

    @Test
    void aBadFileIsRefusedWithItsProblemsByLine() throws Exception {
        signIn();
        importThroughPage("malformed.csv", BoundaryFiles.malformedCsv(), "REJECTED");
        assertThat(browser.findElement(By.cssSelector("table.problems")).getText())
                .contains("3", "4");
        assertThat(GeographyTables.units(jdbc)).isZero();
    }

    @Test
    void theMapDrawsTheBoundariesOfTheChildren() throws Exception {
        signIn();
        importThroughPage("quzland.csv", BoundaryFiles.quzlandCsv(), "SUCCEEDED");
        importThroughPage("dunes.geojson", BoundaryFiles.quzlandGeoJson(), "SUCCEEDED");

        browser.get(url("/units/QZ"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map path.leaflet-interactive")));
    }

    private void importThroughPage(String name, byte[] content, String expectedStatus) throws Exception {
        browser.get(url("/imports"));
        browser.findElement(By.id("file")).sendKeys(file(name, content));
        browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("progress"), "data-status", expectedStatus));
    }

    private void signIn() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(UnitApiIntegrationTests.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private long horizontalOverflow() {
        return Chromium.horizontalOverflow(browser);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String file(String name, byte[] content) throws Exception {
        Path dir = Files.createTempDirectory("harambee-upload");
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file.toAbsolutePath().toString();
    }
}
