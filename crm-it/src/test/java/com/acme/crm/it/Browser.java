package com.acme.crm.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, with the few steps the UI tests share. */
final class Browser implements AutoCloseable {

    final ChromeDriver driver;
    private final WebDriverWait wait;
    private final java.nio.file.Path downloads;

    /** A file the browser downloaded, once it is complete. */
    java.nio.file.Path downloaded(String fileName) {
        java.nio.file.Path file = downloads.resolve(fileName);
        wait.until(d -> java.nio.file.Files.exists(file) && !java.nio.file.Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        try {
            downloads = java.nio.file.Files.createTempDirectory("crm-downloads");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    void open(String path) {
        driver.get(Crm.URL + path);
    }

    /** Logs in and waits for the page after the login, so that the next page opened is not raced by the login's redirect. */
    void logIn(String user, String password) {
        tryLogIn(user, password);
        until(d -> d.findElements(By.id("currentUser")).isEmpty() ? null : Boolean.TRUE);
    }

    /** Submits the login form and leaves the outcome (often a refusal) to the test. */
    void tryLogIn(String user, String password) {
        open("login.xhtml");
        type("login:username", user);
        type("login:password", password);
        click("login:submit");
    }

    void type(String id, String text) {
        WebElement field = visible(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks an element found otherwise than by id, once it is visible and enabled (menus animate open). */
    void clickWhenReady(By locator) {
        until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    void click(String id) {
        until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** An element that is present, visible or not (such as a styled file input). */
    WebElement present(By locator) {
        return until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    WebElement visible(String id) {
        return until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Waits until the element's text contains the expected text, and returns the whole text. */
    String waitForText(By locator, String expected) {
        until(ExpectedConditions.textToBePresentInElementLocated(locator, expected));
        return driver.findElement(locator).getText();
    }

    void waitForUrl(String fragment) {
        until(ExpectedConditions.urlContains(fragment));
    }

    /** Waits; on a time-out keeps a screenshot and the page text so the failure can be understood. */
    private <T> T until(java.util.function.Function<WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            String name = "timeout-" + System.currentTimeMillis();
            screenshot(name);
            throw new AssertionError("Timed out on " + driver.getCurrentUrl() + "; page says: "
                    + driver.findElement(By.tagName("body")).getText() + " (screenshot " + name + ")", e);
        }
    }

    /** Saves what the user sees, for people reviewing the run (target/screenshots). */
    void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
