package org.porth.e2e;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium from the operating system (Debian's chromium and chromium-driver), never a
 * browser or driver downloaded by Selenium Manager.
 */
public final class Browser {

    static final String CHROMIUM = System.getProperty("porth.e2e.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("porth.e2e.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start(Viewport viewport) {
        requireInstalled(CHROMIUM, "chromium");
        requireInstalled(CHROMEDRIVER, "chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // the console, where Chromium reports what the content security policy blocked
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-search-engine-choice-screen",
                "--lang=en-GB", "--window-size=" + viewport.width() + "," + viewport.height()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(viewport.width(), viewport.height()));
        return driver;
    }

    /** What the content security policy blocked since the last look, as the console reported it. */
    static List<String> contentSecurityPolicyViolations(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    private static void requireInstalled(String path, String debianPackage) {
        if (!new File(path).canExecute()) {
            throw new IllegalStateException("The browser tests need " + path + ": install Debian's " + debianPackage
                    + " package (apt-get install chromium chromium-driver), as .ci/run does.");
        }
    }
}
