package org.harambee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium and chromedriver, headless, for browser tests; Selenium Manager never downloads a browser. */
public final class Chromium {

    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    public static boolean available() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    public static WebDriver start(int width, int height) {
        return start(width, height, true);
    }

    /**
     * A browser whose page is exactly {@code width} CSS pixels wide, as on a phone: headless Chromium keeps a window at
     * least 500 pixels wide whatever {@code --window-size} asks, so a narrower screen is emulated.
     */
    public static WebDriver startPhone(int width, int height) {
        WebDriver browser = start(width, height, true);
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return browser;
    }

    /** A browser that runs no script, as some phones and cautious users do. */
    public static WebDriver startWithoutScripts(int width, int height) {
        return start(width, height, false);
    }

    private static WebDriver start(int width, int height, boolean scripts) {
        ChromeOptions options = new ChromeOptions();
        if (!scripts) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** How many pixels the page is wider than the window (0 or less: it fits). */
    public static long horizontalOverflow(WebDriver browser) {
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        return ((Number) overflow).longValue();
    }

    /** Date inputs take what the browser's locale shows; the value is set as the form sends it instead. */
    public static void setDate(WebDriver browser, String id, String isoDate) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), isoDate);
    }

    /** Kept under target/screenshots, for the documentation and for looking at a failure. */
    public static void screenshot(WebDriver browser, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in on the page at {@code baseUrl}/login and waits until the browser has left it. */
    public static void signIn(WebDriver browser, WebDriverWait wait, String baseUrl, String username, String password) {
        browser.get(baseUrl + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /**
     * Submits the form and waits for the next page: the old button is gone (Chromium may say so in two ways). The place
     * picker's "Find" button is not the form's own.
     */
    public static void submit(WebDriver browser, WebDriverWait wait, String formSelector) {
        WebElement button = browser.findElement(By.cssSelector(formSelector + " button[type=submit]:not(.pick-find)"));
        // the form submitted by its button as a click would (validation, submitter), not by the pointer: a place
        // picker's suggestions arriving between scrolling to the button and the click move the page under it, and the
        // click then lands on a suggestion
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].form.requestSubmit(arguments[0]);", button);
        wait.until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }
}
