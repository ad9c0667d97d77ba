package org.harambee.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.harambee.Chromium;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real Chromium at phone width (360 px), a researcher of Hill province opens the insights, goes down to Amber
 * district and sees its figures with their definitions, its chiefdoms coloured on the map, a chiefdom greyed on the
 * map and written "hidden" in the table for referral completion, and nothing wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class InsightsBrowserTests extends QuzlandInsights {

    static final String HIDDEN_GREY = "rgb(154, 161, 173)";

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void boundariesAndABrowser() {
        square("QZ0101", 0, 0, 2);
        square("QZ010101", 0, 0, 1);
        square("QZ010102", 1, 0, 1);
        browser = Chromium.start(360, 780);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aResearcherReadsAmbersFiguresWithAHiddenChiefdomOnAPhone() {
        Chromium.signIn(browser, wait, url(""), RESEARCHER, PASSWORD);
        browser.findElement(By.linkText("Insights")).click();
        wait.until(d -> d.getCurrentUrl().contains("/insights/QZ01"));
        browser.get(url("/insights/QZ01?period=2025-Q3"));
        browser.findElement(By.linkText("Amber")).click();
        wait.until(d -> d.getCurrentUrl().contains("/insights/QZ0101"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Amber");
        WebElement coverage = browser.findElement(By.id("figure-coverage"));
        assertThat(coverage.getText()).contains("68.2").contains("registered");
        List<WebElement> shapes = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#insights-map path.leaflet-interactive"));
            return found.size() >= 2 ? found : null;
        });
        assertThat(shapes)
                .extracting(s -> s.getAttribute("fill"))
                .doesNotContainNull()
                .doesNotHaveDuplicates();

        new Select(browser.findElement(By.id("map-indicator"))).selectByValue("referral-completion");
        wait.until(d -> d.findElements(By.cssSelector("#insights-map path.leaflet-interactive")).stream()
                .anyMatch(s -> HIDDEN_GREY.equals(s.getAttribute("fill"))));
        assertThat(browser.findElements(By.cssSelector("#insights-children td.suppressed")))
                .extracting(WebElement::getText)
                .contains("hidden");
        assertThat(Chromium.horizontalOverflow(browser)).isLessThanOrEqualTo(0);
        Chromium.screenshot(browser, "insights-district.png");

        browser.findElement(By.linkText("Hill Province")).click();
        wait.until(d -> d.getCurrentUrl().contains("/insights/QZ01?"));
    }

    private void square(String pcode, double x, double y, double size) {
        String geometry = String.format(
                java.util.Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%1$.1f,%2$.1f],[%3$.1f,%2$.1f],[%3$.1f,%4$.1f],[%1$.1f,%4$.1f],[%1$.1f,%2$.1f]]]}",
                x,
                y,
                x + size,
                y + size);
        jdbc.sql("update geo_unit set geometry = ? where pcode = ?")
                .params(geometry, pcode)
                .update();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
