package org.harambee.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.harambee.Chromium;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium at phone width (360 px), each role signs in and finds its work on its home page, with the counts of
 * {@link HomeWorld}, one click from where to act; the facilitator reads it in French, the officer in Swahili. No home
 * is wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class HomeBrowserTests {

    static final String ADMINISTRATOR = "home-admin";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    HomeWorld world;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void theWorldAndABrowser() {
        world = new HomeWorld(jdbc).build(jobs);
        TestAccounts.create(jdbc, ADMINISTRATOR, HomeWorld.PASSWORD, Role.ADMINISTRATOR);
        browser = Chromium.start(360, 780);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
        HomeWorld.clear(jdbc);
    }

    @Test
    void aFacilitatorFindsCommunitiesDueDraftsAndAnSmsConcernInFrench() {
        signIn(HomeWorld.FACILITATOR);
        browser.get(url("/?lang=fr"));

        assertThat(text("h1")).isEqualTo("Votre travail");
        assertThat(count("COMMUNITY_FACILITATOR", "meetingDue")).isEqualTo("1");
        assertThat(count("COMMUNITY_FACILITATOR", "drafts")).isEqualTo("1");
        assertThat(count("COMMUNITY_FACILITATOR", "smsToComplete")).isEqualTo("1");
        assertThat(count("COMMUNITY_FACILITATOR", "waitingForAnswer")).isEqualTo("3");
        assertThat(browser.findElement(By.id("home-COMMUNITY_FACILITATOR-lines"))
                        .getText())
                .contains("Gbanga", "Aucune réunion encore", "Kpetema", "Entrée");
        assertThat(browser.findElement(By.cssSelector("#notice-count .notice-count"))
                        .getText())
                .isEqualTo("1");
        assertThat(browser.findElements(By.linkText("API"))).isEmpty();
        fits("home-facilitator-fr.png");

        browser.findElement(By.cssSelector("#home-COMMUNITY_FACILITATOR-smsToComplete a"))
                .click();
        wait.until(ExpectedConditions.urlContains("/referrals"));
        assertThat(browser.findElement(By.id("notices")).isDisplayed()).isTrue();
    }

    @Test
    void anOfficerFindsTheOverdueReferralFirstInSwahili() {
        signIn(HomeWorld.OFFICER);
        browser.get(url("/?lang=sw"));

        assertThat(text("h1")).isEqualTo("Kazi yako");
        assertThat(count("SERVICE_POINT_OFFICER", "waiting")).isEqualTo("2");
        assertThat(count("SERVICE_POINT_OFFICER", "overdue")).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("#home-SERVICE_POINT_OFFICER-lines li:first-child"))
                        .getText())
                .contains(world.overdueReference, "Mwisho");
        fits("home-officer-sw.png");

        browser.findElement(By.linkText(world.overdueReference)).click();
        wait.until(ExpectedConditions.urlContains("/referrals/"));
        assertThat(browser.getPageSource()).contains(world.overdueReference);
    }

    @Test
    void aDistrictCoordinatorFindsTheDistrictsWorkAndNothingOfAnother() {
        signIn(HomeWorld.AMBER);

        assertThat(count("DISTRICT_COORDINATOR", "escalations")).isEqualTo("1");
        assertThat(count("DISTRICT_COORDINATOR", "reviewsDue")).isEqualTo("1");
        assertThat(count("DISTRICT_COORDINATOR", "commitmentsDue")).isEqualTo("1");
        assertThat(count("DISTRICT_COORDINATOR", "facilitatorsUntrained")).isEqualTo("1");
        assertThat(count("DISTRICT_COORDINATOR", "phasesComing")).isEqualTo("1");
        assertThat(browser.findElement(By.id("home-DISTRICT_COORDINATOR-lines")).getText())
                .contains("Amber", "Not ready")
                .doesNotContain("Cedar");
        fits("home-district.png");

        browser.findElement(By.cssSelector("#home-DISTRICT_COORDINATOR-reviewsDue a"))
                .click();
        wait.until(ExpectedConditions.urlContains("/agreements/reminders"));
    }

    @Test
    void aPartnerManagerFindsTheirOrganisationAndRecordsWhereItWorks() {
        signIn(HomeWorld.PARTNER);

        assertThat(count("PARTNER_PROGRAMME_MANAGER", "presence")).isEqualTo("1");
        assertThat(count("PARTNER_PROGRAMME_MANAGER", "stepsToTake")).isEqualTo("1");
        assertThat(count("PARTNER_PROGRAMME_MANAGER", "trainingsToRun")).isEqualTo("1");
        fits("home-partner.png");

        browser.findElement(By.cssSelector("#home-PARTNER_PROGRAMME_MANAGER-addPresence a"))
                .click();
        wait.until(ExpectedConditions.urlContains("/presence/new"));
        Select organisations = new Select(browser.findElement(By.id("organisationId")));
        assertThat(organisations.getOptions())
                .extracting(o -> o.getText())
                .anyMatch(t -> t.contains("Hope Network"))
                .noneMatch(t -> t.contains("Other Aid"));
        organisations.selectByValue(world.ngo.toString());
        browser.findElement(By.id("unit")).sendKeys("QZ010102");
        new Select(browser.findElement(By.id("sector"))).selectByValue("EDUCATION");
        Chromium.setDate(browser, "startDate", "2026-01-05");
        browser.findElement(By.cssSelector("form button[type=submit].primary")).click();
        wait.until(ExpectedConditions.urlContains("/presence?unit=QZ010102"));

        browser.get(url("/"));
        assertThat(count("PARTNER_PROGRAMME_MANAGER", "presence")).isEqualTo("2");
    }

    @Test
    void aNationalCoordinatorFindsPhasesWithTheirGatesAndDistrictsByReadiness() {
        signIn(HomeWorld.NATIONAL);

        assertThat(count("NATIONAL_COORDINATOR", "phasesComing")).isEqualTo("2");
        assertThat(browser.findElement(By.id("home-NATIONAL_COORDINATOR-lines")).getText())
                .contains("Synthetic phase", "Amber", "Birch", "Cedar");
        fits("home-national.png");
    }

    @Test
    void aResearcherFindsTheResearchPagesAndTheDashboardLinksThemToo() {
        signIn(HomeWorld.RESEARCHER);

        browser.findElement(By.cssSelector("#home-RESEARCHER-steppedWedge a")).click();
        wait.until(ExpectedConditions.urlContains("/insights/QZ01/stepped-wedge"));
        browser.get(url("/"));
        browser.findElement(By.cssSelector("#home-RESEARCHER-dashboard a")).click();
        wait.until(ExpectedConditions.urlContains("/insights/QZ01"));
        assertThat(browser.findElement(By.id("insights-research")).getText())
                .contains("Export (CSV)", "Stepped wedge", "Diffusion");
    }

    @Test
    void anAdministratorFindsLockedAccountsImportsAndTheAudit() {
        signIn(ADMINISTRATOR);

        assertThat(Integer.parseInt(count("ADMINISTRATOR", "accountsLocked"))).isPositive();
        assertThat(browser.findElement(By.id("home-ADMINISTRATOR-audit")).getText())
                .contains("Audit trail");
        fits("home-administrator.png");
    }

    private void signIn(String username) {
        Chromium.signIn(browser, wait, url(""), username, HomeWorld.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".home")));
    }

    private String count(String role, String key) {
        return browser.findElement(By.cssSelector("#home-" + role + "-" + key + " .count"))
                .getText();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void fits(String screenshot) {
        Chromium.screenshot(browser, screenshot);
        assertThat(Chromium.horizontalOverflow(browser)).as("fits 360 px").isLessThanOrEqualTo(0);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
