package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.harambee.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real Chromium at phone width, a right-to-left language (Arabic, added by configuration for the test only) mirrors
 * the page: the brand moves to the right, the language switcher to the left, and nothing is wider than the screen.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "harambee.languages=en,fr,sw,ar")
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class RightToLeftBrowserTests {

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start(360, 780);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aRightToLeftLanguageMirrorsThePage() {
        browser.get("http://localhost:" + port + "/login?lang=en");
        assertThat(x(".brand")).isLessThan(x(".tools"));

        browser.get("http://localhost:" + port + "/login?lang=ar");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(x(".brand")).isGreaterThan(x(".tools"));
        assertThat(Chromium.horizontalOverflow(browser)).isLessThanOrEqualTo(0);
        Chromium.screenshot(browser, "login-rtl.png");
    }

    private int x(String selector) {
        return browser.findElement(By.cssSelector(selector)).getRect().getX();
    }
}
