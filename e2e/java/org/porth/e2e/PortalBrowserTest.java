package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.porth.PortalApplication;
import org.porth.identity.internal.LanguagePreferenceRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real portal on a port of its own (with the embedded sign-in provider and a fresh in-memory
 * database) driven by headless Chromium. Every page a test visits can be scanned with axe-core for
 * WCAG 2.2 A and AA violations.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.DEFINED_PORT)
abstract class PortalBrowserTest {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String VAADIN_IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (document.readyState !== 'complete') { return false; }
            if (!flow || !flow.clients) { return true; }
            return Object.values(flow.clients).every(client => !client.isActive || !client.isActive());
            """;
    /** The innermost elements that reach past the right edge of the screen, to say what to fix. */
    private static final String STICKING_OUT = """
            const width = document.documentElement.clientWidth;
            const out = [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 1)
                .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 1));
            return out.slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().replace(/ +/g, '.') : '')
                + ' right=' + Math.round(e.getBoundingClientRect().right)).join(', ');
            """;

    @LocalServerPort
    private int port;
    protected ChromeDriver driver;
    protected boolean welsh;

    /**
     * Each application context (one per distinct test configuration) gets its own port and database,
     * and an SMTP port of its own that a test listens on with GreenMail when it reads the emails
     * (TrackingIT). The notification worker runs every second, as it would in a portal (every 10),
     * instead of only when a test calls it: all browser tests share one portal, so this costs no
     * second start; elsewhere the emails it cannot send wait for a retry and no test looks at them.
     */
    @DynamicPropertySource
    static void ownPortAndDatabase(DynamicPropertyRegistry registry) {
        int port = freePort();
        registry.add("server.port", () -> port);
        int managementPort = freePort();
        registry.add("management.server.port", () -> managementPort);
        int smtpPort = freePort();
        registry.add("spring.mail.port", () -> smtpPort);
        registry.add("porth.notify.worker-interval", () -> "1s");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:e2e-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Autowired
    private LanguagePreferenceRepository languagePreferences;

    /** Every page a test saw ran under the content security policy with nothing blocked (decision 0023). */
    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            try {
                assertThat(Browser.contentSecurityPolicyViolations(driver)).as("blocked by the CSP").isEmpty();
            } finally {
                driver.quit();
            }
        }
    }

    /** Tests share one portal; a language a test saved for a demo account must not leak into the next. */
    @AfterEach
    void forgetSavedLanguages() {
        languagePreferences.deleteAll();
    }

    protected void startBrowser(Viewport viewport) {
        driver = Browser.start(viewport);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        driver.get(url(path));
        waitForPage();
    }

    protected void waitForPage() {
        waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    protected <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT).until(condition::apply);
    }

    protected String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    protected String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    protected String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    protected WebElement link(String text) {
        return waitUntil(ExpectedConditions.elementToBeClickable(By.linkText(text)));
    }

    /** The text in the language the test runs in: set {@link #welsh} for a test in Welsh. */
    protected String text(String english, String welsh) {
        return this.welsh ? welsh : english;
    }

    protected WebElement button(String text) {
        return waitUntil(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space(.)=\"" + text + "\"]")));
    }

    /**
     * Clicks, and waits for what follows: for a link to another address, until the browser is there
     * (a full page load can otherwise be mistaken for the old page); then until Vaadin is idle.
     */
    protected void click(WebElement element) {
        String before = driver.getCurrentUrl();
        String href = "a".equals(element.getTagName()) ? element.getDomProperty("href") : null;
        element.click();
        if (href != null && !href.equals(before) && !href.contains("#")) {
            waitUntil(d -> !d.getCurrentUrl().equals(before));
        }
        waitForPage();
    }

    /** The embedded provider's sign-in form: fills it in and waits to be back in the portal. */
    protected void signInAs(String username) {
        waitUntil(ExpectedConditions.urlContains("/idp/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/idp/login") && !d.getCurrentUrl().contains("/oauth2/"));
        waitForPage();
    }

    /** Signs out through the header, opening the phone menu first where there is one. */
    protected void signOut(String signOutText) {
        List<WebElement> menu = driver.findElements(By.cssSelector(".porth-header__menu-button"));
        if (!menu.isEmpty() && menu.getFirst().isDisplayed()
                && "false".equals(menu.getFirst().getAttribute("aria-expanded"))) {
            menu.getFirst().click();
        }
        click(button(signOutText));
    }

    protected void tab() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
    }

    /** Tabs on, as a keyboard user would, until the control (a Vaadin field, a button or a link) has focus. */
    protected void tabTo(String controlId) {
        for (int presses = 0; presses < 30 && !controlId.equals(focusedControl()); presses++) {
            tab();
        }
        assertThat(focusedControl()).as("%s reachable by Tab", controlId).isEqualTo(controlId);
    }

    /** The id of the control with focus: a Vaadin field's own, not that of the input inside it. */
    protected String focusedControl() {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const control = document.activeElement && document.activeElement.closest(
                    'vaadin-select, vaadin-text-area, vaadin-text-field, vaadin-checkbox, button, a');
                return control ? control.id : null;
                """);
    }

    /** Types on whatever has focus. */
    protected void type(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses a key on whatever has focus, and waits for the portal to answer. */
    protected void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        waitForPage();
    }

    /** Opens the focused select with Enter, moves down its options to the one wanted and takes it with Enter. */
    protected void chooseByKeyboard(String option) {
        chooseByKeyboard(option::equals, option);
    }

    /** As {@link #chooseByKeyboard(String)}, for an option known by how its text starts (a day, with its places left). */
    protected void chooseByKeyboardStartingWith(String start) {
        chooseByKeyboard(text -> text != null && text.startsWith(start), start);
    }

    private void chooseByKeyboard(Predicate<String> wanted, String description) {
        press(Keys.ENTER);
        for (int presses = 0; presses < 60 && !wanted.test(focusedOption()); presses++) {
            type(Keys.ARROW_DOWN);
        }
        assertThat(focusedOption()).as("the option %s", description).matches(wanted);
        press(Keys.ENTER);
    }

    private String focusedOption() {
        return driver.findElements(By.cssSelector("vaadin-select-item[focused]")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).findFirst().orElse(null);
    }

    /** Nothing wider than the screen: the page never scrolls sideways (a table may scroll inside itself). */
    protected void assertNoSidewaysScrolling(String page) {
        Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("%s scrolls sideways by this many pixels; sticking out: %s", page,
                ((JavascriptExecutor) driver).executeScript(STICKING_OUT)).isLessThanOrEqualTo(0);
    }

    protected void assertAccessible(String page) {
        Axe.Scan scan = Axe.scan(driver, WCAG_22_AA);
        if (!scan.violations().isEmpty()) {
            fail("axe found WCAG 2.2 AA violations on " + page + " (" + driver.getCurrentUrl() + "):\n" + scan.described());
        }
        assertThat(scan.passes()).as("axe ran its checks on %s", page).isPositive();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the portal under test", e);
        }
    }
}
