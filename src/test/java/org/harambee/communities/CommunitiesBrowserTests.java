package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium at phone width (360 px), Amber's district coordinator registers a community, is told why a
 * skipped phase is refused, records its entry and a meeting (after a negative count is refused), records that it
 * told a neighbour, records that another asked to start after a visit (it joins the backlog), groups three communities
 * in a cluster led by the NGO, and sees the map coloured by phase (drawn by the page's script under the strict CSP)
 * and the spread network. No page is wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class CommunitiesBrowserTests {

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
    void quzlandWithBoundariesACoordinatorAndABrowser() {
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        ImportJobsAwait.importFile(jobs, "chiefdoms.geojson", CommunityMapIntegrationTests.CHIEFDOM_BOUNDARIES);
        CommunityTables.organisation(jdbc, "Hope Network", "NATIONAL_NGO");
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
    void aDistrictCoordinatorFollowsACommunityOnAPhone() {
        UUID gbanja = CommunityTables.community(jdbc, "Gbanja", "QZ010102");
        UUID njala = CommunityTables.community(jdbc, "Njala", "QZ010102");
        UUID mano = CommunityTables.community(jdbc, "Mano", "QZ010101");
        signIn();
        browser.findElement(By.linkText("Communities")).click();
        fits(null);
        browser.findElement(By.linkText("New community")).click();
        browser.findElement(By.id("name")).sendKeys("Kpetema");
        browser.findElement(By.id("unit")).sendKeys("QZ010101");
        browser.findElement(By.id("populationTotal")).sendKeys("1200");
        browser.findElement(By.id("populationChildren")).sendKeys("540");
        browser.findElement(By.id("facilitators0name")).sendKeys("Fatmata Sesay");
        new Select(browser.findElement(By.id("partnerId")))
                .selectByVisibleText(CommunityTables.ORGANISATION_PREFIX + "Hope Network");
        fits(null);
        submit("#community-form");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Kpetema", "Not started");
        assertThat(browser.findElement(By.linkText("Fatmata Sesay")).getAttribute("href"))
                .as("the facilitator named is a person of the register")
                .contains("/facilitators/");
        fits(null);

        browser.findElement(By.linkText("Record a phase")).click();
        new Select(browser.findElement(By.id("phase"))).selectByValue("LEARNING");
        submit("#phase-form");
        assertThat(browser.findElement(By.cssSelector("#phase-form .field-error"))
                        .getText())
                .isEqualTo("Give a reason for skipping Entry.");
        fits(null);
        new Select(browser.findElement(By.id("phase"))).selectByValue("ENTRY");
        date("enteredOn", LocalDate.now().minusDays(7).toString());
        submit("#phase-form");

        browser.findElement(By.linkText("Record a meeting")).click();
        new Select(browser.findElement(By.id("type"))).selectByValue("COMMUNITY_MEETING");
        set("girls", "-1");
        set("women", "14");
        set("men", "9");
        submit("#meeting-form");
        assertThat(browser.findElement(By.cssSelector("#meeting-form .field-error"))
                        .getText())
                .isEqualTo("May not be negative.");
        fits(null);
        screenshot("communities-meeting-form.png");
        set("girls", "6");
        browser.findElement(By.id("decisions")).sendKeys("Meet again after the harvest.");
        submit("#meeting-form");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Community meeting");
        browser.findElement(By.linkText("Kpetema")).click();

        browser.findElement(By.linkText("Record a spread link")).click();
        new Select(browser.findElement(By.id("otherId"))).selectByValue(gbanja.toString());
        submit("#spread-form");
        assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText())
                .contains("Phase: Entry", "Community meeting, 29 present", "Told Gbanja about the approach");
        fits(null);
        screenshot("communities-community.png");

        // after a visit, a neighbour asks to start: it joins the district's backlog
        String kpetema = browser.getCurrentUrl();
        for (String kind : new String[] {"VISITED", "REQUESTED_TO_START"}) {
            browser.get(kpetema);
            browser.findElement(By.linkText("Record a spread link")).click();
            new Select(browser.findElement(By.id("otherId"))).selectByValue(mano.toString());
            new Select(browser.findElement(By.id("kind"))).selectByValue(kind);
            submit("#spread-form");
        }
        browser.get(url("/communities/backlog?unit=QZ0101"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Mano");

        // three neighbouring communities become a cluster led by the NGO
        browser.get(url("/clusters/new?area=QZ0101"));
        browser.findElement(By.id("name")).sendKeys("Amber cluster");
        new Select(browser.findElement(By.id("leadPartnerId")))
                .selectByVisibleText(CommunityTables.ORGANISATION_PREFIX + "Hope Network");
        for (String member : new String[] {gbanja.toString(), njala.toString()}) {
            browser.findElement(By.cssSelector("input[name=memberIds][value='" + member + "']"))
                    .click();
        }
        browser.findElements(By.cssSelector("input[name=memberIds]")).stream()
                .filter(box -> !box.getAttribute("value").equals(mano.toString()) && !box.isSelected())
                .forEach(box -> box.click());
        submit("#cluster-form");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Amber cluster");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Kpetema", "Gbanja", "Njala");
        fits(null);

        browser.get(url("/communities/map?unit=QZ0101"));
        wait.until(d -> d.findElements(By.cssSelector("#community-map path.leaflet-interactive"))
                        .size()
                >= 4);
        String entry = browser.findElement(By.cssSelector("#phase-legend [data-phase=ENTRY]"))
                .getCssValue("background-color");
        String none = browser.findElement(By.cssSelector("#phase-legend [data-phase=NONE]"))
                .getCssValue("background-color");
        assertThat(browser.findElements(By.cssSelector("#community-map path.leaflet-interactive")).stream()
                        .map(p -> rgb(p.getAttribute("fill")))
                        .toList())
                .contains(rgb(entry), rgb(none));
        fits(null);
        screenshot("communities-map.png");

        browser.get(url("/communities/network?unit=QZ0101"));
        assertThat(browser.findElement(By.cssSelector("ul.tree")).getText()).contains("Kpetema", "Gbanja", "Mano");
        fits(null);
        for (String page : new String[] {"/communities/backlog", "/clusters", "/clusters/new", "/communities"}) {
            fits(page);
        }
    }

    /** A colour as its three numbers, whichever of rgb() or rgba() the browser wrote. */
    static String rgb(String colour) {
        String[] parts = colour.replaceAll("[^0-9,]", "").split(",");
        return parts.length < 3 ? colour : parts[0] + "," + parts[1] + "," + parts[2];
    }

    private void signIn() {
        Chromium.signIn(browser, wait, url(""), "amber", PASSWORD);
    }

    private void submit(String form) {
        Chromium.submit(browser, wait, form);
    }

    private void set(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
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
