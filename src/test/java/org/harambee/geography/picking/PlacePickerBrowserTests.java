package org.harambee.geography.picking;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium at phone width, a coordinator registering a community picks its village by name: without
 * JavaScript through the picker's page, which brings back what was typed; with it, from the suggestions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class PlacePickerBrowserTests {

    static final String PASSWORD = "synthetic-picker-pass-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void zedland() {
        Zedland.load(jdbc, jobs);
        TestAccounts.create(jdbc, "picker-browser", PASSWORD, Role.NATIONAL_COORDINATOR, "ZZ");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void withoutJavascriptAVillageIsPickedByNameAndTheFormKeepsWhatWasTyped() {
        start(false);
        browser.get(base() + "/communities/new");
        browser.findElement(By.id("name")).sendKeys("Kids club");
        browser.findElement(By.id("unit")).sendKeys("bama");
        browser.findElement(By.cssSelector("#community-form button.pick-find")).click();

        wait.until(ExpectedConditions.urlContains("/places/pick"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Kenema › Eastern", "Bo › Southern");
        Chromium.screenshot(browser, "place-picker-nojs-360.png");
        browser.findElement(By.cssSelector("a[href*='unit=ZZ020101']")).click();

        wait.until(ExpectedConditions.urlContains("/communities/new"));
        assertThat(browser.findElement(By.id("unit")).getAttribute("value")).isEqualTo("ZZ020101");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Kids club");
    }

    @Test
    void withJavascriptTheSuggestionsShowParentsAndFillTheField() {
        start(true);
        browser.get(base() + "/communities/new");
        browser.findElement(By.id("unit")).sendKeys("ZZ0101");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pick_unit button.pick-place")));
        assertThat(browser.findElements(By.cssSelector("#pick_unit button.pick-place"))
                        .get(0)
                        .getAttribute("data-pcode"))
                .isEqualTo("ZZ0101");
        browser.findElement(By.id("unit")).clear();
        browser.findElement(By.id("unit")).sendKeys("bam");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pick_unit"), "Bo › Southern"));
        assertThat(Chromium.horizontalOverflow(browser)).isLessThanOrEqualTo(0);
        browser.findElement(By.cssSelector("#pick_unit button[data-pcode='ZZ010101']"))
                .click();
        assertThat(browser.findElement(By.id("unit")).getAttribute("value")).isEqualTo("ZZ010101");
    }

    private void start(boolean scripts) {
        browser = scripts ? Chromium.start(360, 780) : Chromium.startWithoutScripts(360, 780);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Chromium.signIn(browser, wait, base(), "picker-browser", PASSWORD);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
