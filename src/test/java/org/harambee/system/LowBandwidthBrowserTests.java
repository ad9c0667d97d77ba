package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.harambee.Chromium;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.referrals.ReferralFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The budgets of a community facilitator's main pages on a cheap phone over 2G/slow 3G (README, "Low bandwidth"), in
 * real Chromium with the network emulated through the DevTools protocol: 400 ms latency, 50,000 bytes/s each way.
 * Each page is opened once with an empty cache (cold: its first view must reach the load event within 3 s) and once
 * after the others filled the cache (warm: fewer than 60 KB may travel); none may be reached through a redirect
 * (a round trip each). Sizes are what crossed the network
 * (Resource Timing {@code transferSize}: headers and gzipped bodies); a table of the figures is printed and kept
 * under target/low-bandwidth.txt. Another page (the offline app at /app, say) is budgeted by adding it to
 * {@link #PAGES}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class LowBandwidthBrowserTests {

    static final long WARM_BUDGET_BYTES = 60 * 1024;
    static final long FIRST_VIEW_BUDGET_MS = 3000;
    static final Map<String, Object> SLOW_3G =
            Map.of("offline", false, "latency", 400, "downloadThroughput", 50_000, "uploadThroughput", 50_000);

    /** A page to budget: its name in the table and its address, given the synthetic records made below. */
    record Budgeted(String name, Function<Records, String> path) {}

    record Records(UUID community) {}

    static final List<Budgeted> PAGES = List.of(
            new Budgeted("home", r -> "/"),
            new Budgeted("communities", r -> "/communities"),
            new Budgeted("community", r -> "/communities/" + r.community()),
            new Budgeted("meeting form", r -> "/communities/" + r.community() + "/meetings/new"),
            new Budgeted("referral form", r -> "/referrals/new"),
            new Budgeted("my referrals", r -> "/referrals?box=MINE"));

    record Figures(String page, long coldBytes, long warmBytes, long firstViewMs, long redirects) {}

    static final String PASSWORD = "synthetic-bandwidth-pass-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    ChromeDriver browser;
    Records records;

    @BeforeEach
    void aFacilitatorWithACommunityAMeetingAndAReferral() {
        ReferralFixtures.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, "kadiatu", PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ0101");
        UUID community = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        CommunityTables.meeting(jdbc, community);
        UUID office =
                ReferralFixtures.servicePoint(jdbc, "Amber social welfare office", "SOCIAL_WELFARE", "QZ0101", true);
        ReferralFixtures.route(jdbc, "SOCIAL_WELFARE", "QZ0101", office);
        ReferralFixtures.referral(jdbc, "kadiatu", community, office, "SENT");
        records = new Records(community);
        browser = (ChromeDriver) Chromium.start(360, 780);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aFacilitatorsMainPagesStayWithinTheirBudgetsOnSlow3g() throws IOException {
        String base = "http://localhost:" + port;
        Chromium.signIn(browser, new WebDriverWait(browser, Duration.ofSeconds(30)), base, "kadiatu", PASSWORD);
        for (Budgeted page : PAGES) {
            open(base + page.path().apply(records)); // renders each page once before timing it
        }
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", SLOW_3G);

        Map<String, long[]> cold = new java.util.LinkedHashMap<>();
        for (Budgeted page : PAGES) {
            browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
            cold.put(page.name(), open(base + page.path().apply(records)));
        }
        List<Figures> figures = new ArrayList<>();
        for (Budgeted page : PAGES) {
            long[] warm = open(base + page.path().apply(records));
            long[] first = cold.get(page.name());
            figures.add(new Figures(page.name(), first[0], warm[0], first[1], first[2]));
        }
        report(figures);

        SoftAssertions budgets = new SoftAssertions();
        for (Figures f : figures) {
            budgets.assertThat(f.warmBytes())
                    .as("%s: bytes on a warm view", f.page())
                    .isLessThan(WARM_BUDGET_BYTES);
            budgets.assertThat(f.firstViewMs())
                    .as("%s: ms to the load event of a first view", f.page())
                    .isLessThan(FIRST_VIEW_BUDGET_MS);
            budgets.assertThat(f.coldBytes())
                    .as("%s: something travelled", f.page())
                    .isPositive();
            budgets.assertThat(f.redirects())
                    .as("%s: redirects (a round trip each)", f.page())
                    .isZero();
        }
        budgets.assertAll();
    }

    /** Opens the page and waits for its load event; returns {bytes transferred, ms to the load event, redirects}. */
    private long[] open(String url) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("var n = performance.getEntriesByType('navigation')[0];"
                        + " return n !== undefined && n.loadEventEnd > 0;"));
        assertThat(browser.getCurrentUrl()).as(url).doesNotContain("/login");
        List<?> figures = (List<?>) browser.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                + " var bytes = performance.getEntriesByType('resource')"
                + "   .reduce(function (sum, r) { return sum + r.transferSize; }, n.transferSize);"
                + " return [bytes, Math.round(n.loadEventEnd - n.startTime), n.redirectCount];");
        return figures.stream().mapToLong(f -> ((Number) f).longValue()).toArray();
    }

    private static void report(List<Figures> figures) throws IOException {
        StringBuilder table =
                new StringBuilder("Slow 3G (400 ms, 50,000 B/s): budgets < 60 KB warm, < 3,000 ms first view\n");
        table.append(String.format("%-16s %10s %10s %15s%n", "page", "KB cold", "KB warm", "ms first view"));
        for (Figures f : figures) {
            table.append(String.format(
                    "%-16s %10.1f %10.1f %15d%n",
                    f.page(), f.coldBytes() / 1024.0, f.warmBytes() / 1024.0, f.firstViewMs()));
        }
        System.out.print(table);
        Path file = Path.of("target", "low-bandwidth.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table);
    }
}
