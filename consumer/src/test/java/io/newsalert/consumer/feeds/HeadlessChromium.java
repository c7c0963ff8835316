package io.newsalert.consumer.feeds;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and chromedriver, headless, with explicit paths so that Selenium never looks for a browser on
 * the network. Tests that need it are skipped (an assumption, not a failure) on a machine without it.
 */
final class HeadlessChromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Set to a file path to save a screenshot of the dashboard there, e.g. {@code -Dnewsalert.screenshot=...}. */
    static final String SCREENSHOT_PROPERTY = "newsalert.screenshot";

    private HeadlessChromium() {}

    static void assumeInstalled() {
        assumeTrue(
                Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "Chromium and chromedriver are not installed in /usr/bin; the browser test is skipped.");
    }

    static WebDriver start() {
        assumeInstalled();
        final ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--window-size=1400,1250",
                "--lang=zh-CN");
        final ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    static WebDriverWait waitUpTo(final WebDriver driver, final int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(50));
    }

    /** Saves a screenshot when the screenshot property names a file. */
    static void screenshotIfAsked(final WebDriver driver) {
        final String target = System.getProperty(SCREENSHOT_PROPERTY);
        if (target == null || target.isBlank()) {
            return;
        }
        try {
            final File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            final Path out = Path.of(target).toAbsolutePath();
            Files.createDirectories(out.getParent());
            Files.copy(png.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("The screenshot could not be saved to " + target + ".", e);
        }
    }
}
