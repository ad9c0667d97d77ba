package org.harambee.insights.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.harambee.Chromium;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.insights.InsightsTables;
import org.harambee.insights.Measure;
import org.harambee.scaleup.ScaleUpTables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a screen really 360 CSS pixels wide (emulated: headless Chromium keeps windows at least 500 wide), the referral
 * pathway of a district and the stepped-wedge table of a rollout stay inside the screen: wide tables scroll in their
 * own box.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class NarrowPagesBrowserTests {

    static final String PASSWORD = "synthetic-narrow-pass-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void amberWedge() {
        InsightsTables.freshQuzland(jdbc, jobs);
        TestAccounts.create(jdbc, "narrow-amber", PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0101");
        UUID ngo = CommunityTables.organisation(jdbc, "Narrow NGO", "NATIONAL_NGO");
        List<UUID> clusters = List.of(
                cluster(ngo, "Cluster with a rather long name A", "QZ010101", YearMonth.of(2025, 3)),
                cluster(ngo, "Cluster with a rather long name B", "QZ010102", YearMonth.of(2025, 5)),
                cluster(ngo, "Cluster with a rather long name C", "QZ010101", null));
        UUID rollout = ScaleUpTables.rollout(jdbc, "QZ0101", clusters, true);
        jdbc.sql("update scaleup_rollout set first_crossover = ?, period_months = 2, waves = 2,"
                        + " name = 'Amber wedge' where id = ?")
                .params(Date.valueOf(LocalDate.of(2025, 3, 1)), rollout)
                .update();
        browser = Chromium.startPhone(360, 780);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void theScreenIsReally360PixelsWide() {
        browser.get(url("/login"));
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;")).intValue())
                .isEqualTo(360);
    }

    @Test
    void thePathwayAndTheSteppedWedgeFitAPhone() {
        Chromium.signIn(browser, wait, url(""), "narrow-amber", PASSWORD);
        browser.get(url("/pathways/QZ0101"));
        Chromium.screenshot(browser, "pathway-360.png");
        assertThat(Chromium.horizontalOverflow(browser)).as("pathway").isLessThanOrEqualTo(0);

        browser.get(url("/insights/QZ0101/stepped-wedge"));
        Chromium.screenshot(browser, "stepped-wedge-360.png");
        assertThat(Chromium.horizontalOverflow(browser)).as("stepped wedge").isLessThanOrEqualTo(0);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private UUID cluster(UUID ngo, String name, String unit, YearMonth crossover) {
        UUID community = CommunityTables.community(jdbc, name + " village", unit);
        jdbc.sql("update community set population_children = 1000 where id = ?")
                .param(community)
                .update();
        for (int month = 1; month <= 6; month++) {
            YearMonth m = YearMonth.of(2025, month);
            long value = crossover != null && !m.isBefore(crossover) ? 20 : 10;
            jdbc.sql("insert into insight_community_month (community_id, month, measure, value) values (?, ?, ?, ?)")
                    .params(community, Date.valueOf(m.atDay(1)), Measure.REFERRALS_SENT.name(), value)
                    .update();
        }
        return CommunityTables.cluster(jdbc, name, ngo, community);
    }
}
