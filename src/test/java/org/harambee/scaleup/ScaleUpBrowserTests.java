package org.harambee.scaleup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.Chromium;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.agreements.Agreements;
import org.harambee.capacity.DistrictReadiness;
import org.harambee.capacity.Readiness;
import org.harambee.capacity.ReadinessCheck;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * In real Chromium at phone width (360 px), the national coordinator creates a plan for the nation whose first phase
 * covers two districts, sees that Birch's gate fails for want of trained officers, then randomises twelve clusters of
 * Hill province into four waves and sees the stepped-wedge grid, the same again from the same seed. The grid scrolls
 * inside its box; no page is wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class ScaleUpBrowserTests {

    static final String PASSWORD = "synthetic-nation-pass-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @MockitoBean
    Readiness readiness;

    @MockitoBean
    Agreements agreements;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void quzlandTwelveClustersACoordinatorAndABrowser() {
        ScaleUpTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        UUID ngo = CommunityTables.organisation(jdbc, "Hill Alliance", "NATIONAL_NGO");
        String[] chiefdoms = {"QZ010101", "QZ010102", "QZ010201"};
        for (int i = 0; i < 12; i++) {
            CommunityTables.cluster(
                    jdbc,
                    "Cluster " + (char) ('A' + i),
                    ngo,
                    CommunityTables.community(jdbc, "Village " + i, chiefdoms[i % 3]));
        }
        TestAccounts.create(jdbc, "nation", PASSWORD, Role.NATIONAL_COORDINATOR, "QZ");
        UUID birch = jdbc.sql("select id from geo_unit where pcode = 'QZ0102'")
                .query(UUID.class)
                .single();
        when(readiness.evaluate(any()))
                .thenAnswer(call -> birch.equals(call.getArgument(0))
                        ? new DistrictReadiness(
                                birch, false, List.of(new ReadinessCheck("trainedOfficers", false, 0, 2)))
                        : new DistrictReadiness(call.getArgument(0), true, List.of()));
        when(agreements.inForceWithin(anyString())).thenReturn(List.of());
        browser = Chromium.start(360, 780);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aNationalCoordinatorPlansTwoDistrictsAndRandomisesTwelveClustersOnAPhone() {
        Chromium.signIn(browser, wait, url(""), "nation", PASSWORD);
        browser.findElement(By.linkText("Scale-up")).click();
        fits();
        browser.findElement(By.linkText("New plan")).click();
        browser.findElement(By.id("name")).sendKeys("Nation by 2030");
        new Select(browser.findElement(By.id("goalLevel"))).selectByValue("NATION");
        browser.findElement(By.id("goalUnit")).sendKeys("QZ");
        browser.findElement(By.id("agreementsRequired")).clear();
        browser.findElement(By.id("agreementsRequired")).sendKeys("0");
        Chromium.submit(browser, wait, "#plan-form");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nation by 2030");

        browser.findElement(By.id("phaseName")).sendKeys("Two districts");
        Chromium.setDate(browser, "startsOn", LocalDate.now().plusMonths(1).toString());
        Chromium.setDate(browser, "endsOn", LocalDate.now().plusMonths(7).toString());
        browser.findElement(By.id("units")).sendKeys("QZ0101 QZ0102");
        Chromium.submit(browser, wait, "#phase-form");

        WebElement gate = browser.findElement(By.cssSelector("#phase-1 .gate"));
        assertThat(gate.findElement(By.className("gate-verdict")).getText()).isEqualTo("The gate does not pass.");
        List<WebElement> failing = gate.findElements(By.cssSelector(".gate-units > li.unmet"));
        assertThat(failing)
                .singleElement()
                .satisfies(li -> assertThat(li.getText()).contains("Birch", "not ready", "0", "2"));
        assertThat(gate.findElement(By.cssSelector(".gate-units > li.met")).getText())
                .contains("Amber", "ready");
        fits();
        Chromium.screenshot(browser, "scaleup-plan.png");

        browser.findElement(By.linkText("Plans")).click();
        browser.findElement(By.linkText("Rollouts")).click();
        browser.findElement(By.linkText("New rollout")).click();
        browser.findElement(By.id("area")).sendKeys("QZ01");
        Chromium.submit(browser, wait, "#rollout-area");
        browser.findElement(By.id("name")).sendKeys("Hill stepped wedge");
        for (int i = 0; i < 12; i++) {
            browser.findElement(By.id("cluster-" + i)).click();
        }
        WebElement waves = browser.findElement(By.id("waves"));
        waves.clear();
        waves.sendKeys("4");
        Chromium.setDate(
                browser, "firstCrossover", LocalDate.now().plusMonths(2).toString());
        browser.findElement(By.id("stratifyByDistrict")).click();
        fits();
        Chromium.submit(browser, wait, "#rollout-form");

        browser.findElement(By.id("seedInput")).sendKeys("20260301");
        Chromium.submit(browser, wait, "#draw-form");
        assertThat(browser.findElement(By.id("seed")).getText()).isEqualTo("20260301");
        List<WebElement> rows = browser.findElements(By.cssSelector("#grid tbody tr"));
        assertThat(rows).hasSize(12);
        assertThat(browser.findElements(By.cssSelector("#grid thead th"))).hasSize(7);
        assertThat(browser.findElements(By.cssSelector("#grid td.cell.INTERVENTION")))
                .hasSize(3 * (4 + 3 + 2 + 1));
        String schedule = browser.findElement(By.id("grid")).getText();
        fits();
        assertThat((Boolean) ((JavascriptExecutor) browser)
                        .executeScript(
                                "var g = document.getElementById('grid'); return g.scrollWidth > g.clientWidth;"))
                .as("the grid scrolls inside its box")
                .isTrue();
        Chromium.screenshot(browser, "scaleup-rollout.png");

        browser.findElement(By.id("seedInput")).sendKeys("7");
        Chromium.submit(browser, wait, "#draw-form");
        browser.findElement(By.id("seedInput")).sendKeys("20260301");
        Chromium.submit(browser, wait, "#draw-form");
        assertThat(browser.findElement(By.id("grid")).getText()).isEqualTo(schedule);
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
