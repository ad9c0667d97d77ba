package org.harambee.insights.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import org.harambee.Chromium;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.insights.InsightsTables;
import org.harambee.insights.Measure;
import org.harambee.scaleup.ScaleUpTables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium at phone width (360 px), a national coordinator opens the diffusion page of Quzland: Hill's chart
 * is drawn (bars and lines, no script) inside the screen, Lake is refused for want of starts; nothing overflows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class DiffusionBrowserTests {

    static final String PASSWORD = "synthetic-diffusion-pass-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void hillStarts() {
        InsightsTables.clear(jdbc);
        ScaleUpTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, "diffusion-national", PASSWORD, Role.NATIONAL_COORDINATOR, "QZ");
        YearMonth last = YearMonth.now().minusMonths(1);
        double cumulative = 0;
        for (int t = 0; t < 18; t++) {
            double n = (0.03 + 0.38 * cumulative / 500) * (500 - cumulative);
            cumulative += n;
            InsightsTables.rollup(
                    jdbc,
                    "QZ01",
                    last.minusMonths(17 - t).toString(),
                    Measure.COMMUNITIES_STARTED.name(),
                    Math.round(n));
        }
        browser = Chromium.start(360, 780);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void theChartFitsAPhoneScreen() {
        Chromium.signIn(browser, wait, "http://localhost:" + port, "diffusion-national", PASSWORD);
        browser.get("http://localhost:" + port + "/insights/QZ/diffusion");

        assertThat(browser.findElements(By.cssSelector("svg rect.observed"))).hasSize(18);
        assertThat(browser.findElements(By.cssSelector("svg polyline.forecast")))
                .hasSize(1);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("No community has started");
        Chromium.screenshot(browser, "insights-diffusion-360.png");
        assertThat(Chromium.horizontalOverflow(browser)).isLessThanOrEqualTo(0);
    }
}
