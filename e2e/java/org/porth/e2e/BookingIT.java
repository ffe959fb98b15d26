package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A resident books a recycling centre visit, adds it to their calendar, moves it and cancels it:
 * Sam on a 390 px phone by keyboard alone in English, Rhian with clicks (touch) on a desktop in
 * Welsh. The places shown drop as a time is taken and come back as it is freed; every page is
 * axe-clean and none is wider than the screen.
 */
class BookingIT extends PortalBrowserTest {

    static Stream<Arguments> residents() {
        return Stream.of(Arguments.of("sam", false, Viewport.PHONE, true),
                Arguments.of("rhian", true, Viewport.DESKTOP, false));
    }

    private boolean keyboard;

    @ParameterizedTest(name = "{0} on a {2}")
    @MethodSource("residents")
    void aResidentBooksMovesAndCancelsARecyclingCentreVisit(String username, boolean inWelsh, Viewport viewport,
            boolean byKeyboard) {
        welsh = inWelsh;
        keyboard = byKeyboard;
        startBrowser(viewport);
        open("/my-bookings");
        signInAs(username);
        assertThat(heading()).isEqualTo(text("My bookings", "Fy archebion"));
        assertThat(htmlLang()).isEqualTo(text("en", "cy"));
        open("/");
        choose(driver.findElement(By.linkText(text("Book a recycling centre visit",
                "Trefnu ymweliad â'r ganolfan ailgylchu"))));

        assertThat(heading()).isEqualTo(text("Choose a day", "Dewiswch ddiwrnod"));
        checkPage("the days");
        // a day after today: today's times run out while the test runs (a time too soon cannot be moved to)
        WebElement firstDay = driver.findElements(By.cssSelector(".porth-day-list__link")).stream()
                .filter(link -> dayOf(link).isAfter(LocalDate.now(ZoneId.of("Europe/London"))))
                .findFirst().orElseThrow();
        assertThat(firstDay.getText()).contains(text("Places left:", "Lleoedd ar ôl:"));
        LocalDate day = dayOf(firstDay);
        choose(firstDay);

        assertThat(heading()).isEqualTo(text("Choose a time", "Dewiswch amser"));
        checkPage("the times");
        String first = timeId(0);
        String second = timeId(1);
        int placesBefore = placesLeft(first);
        int secondBefore = placesLeft(second);
        choose(driver.findElement(By.id(first)));

        assertThat(heading()).isEqualTo(text("Check your booking", "Gwiriwch eich archeb"));
        assertThat(main()).contains(text("We are holding this time for 10 minutes.",
                "Rydyn ni'n cadw'r amser hwn i chi am 10 munud."));
        checkPage("check your booking");
        choose(driver.findElement(By.id("confirm-booking")));

        assertThat(heading()).isEqualTo(text("Booking confirmed", "Archeb wedi'i chadarnhau"));
        String reference = driver.findElement(By.cssSelector(".porth-reference")).getText();
        assertThat(reference).startsWith("BKG-");
        checkPage("booking confirmed");
        String calendar = download(driver.findElement(By.cssSelector(".porth-calendar-link")));
        assertThat(calendar).contains("BEGIN:VEVENT", "DTSTART;TZID=Europe/London:"
                + day.toString().replace("-", "") + "T" + first.substring("time-".length()) + "00", reference);

        open("/book/recycling-centre/" + day);
        assertThat(placesLeft(first)).isEqualTo(placesBefore - 1);

        openMyBookingsFromTheNavigation();
        assertThat(main()).contains(reference, text("Booked", "Wedi'i harchebu"));
        checkPage("my bookings");
        choose(driver.findElement(By.linkText(text("Change the time", "Newid yr amser"))));
        assertThat(heading()).isEqualTo(text("Choose a new day", "Dewiswch ddiwrnod newydd"));
        checkPage("choose a new day");
        choose(driver.findElement(By.id("day-" + day)));
        choose(driver.findElement(By.id(second)));

        assertThat(path()).isEqualTo("/my-bookings");
        assertThat(driver.findElement(By.cssSelector(".porth-notification")).getText())
                .contains(text("Booking " + reference + " is now at", "Mae archeb " + reference + " nawr am"));
        checkPage("my bookings after moving");
        open("/book/recycling-centre/" + day);
        assertThat(placesLeft(first)).as("the old time's place is free again").isEqualTo(placesBefore);
        assertThat(placesLeft(second)).isEqualTo(secondBefore - 1);

        open("/my-bookings");
        choose(driver.findElement(By.id("cancel-" + reference)));
        assertThat(heading()).isEqualTo(text("Are you sure you want to cancel this booking?",
                "Ydych chi'n siŵr eich bod am ganslo'r archeb hon?"));
        assertThat(main()).contains(reference);
        checkPage("are you sure you want to cancel");
        choose(driver.findElement(By.id("confirm-cancel")));
        assertThat(driver.findElement(By.cssSelector(".porth-notification")).getText()).contains(
                text("Booking " + reference + " is cancelled", "Mae archeb " + reference + " wedi'i chanslo"));
        assertThat(main()).contains(text("Cancelled", "Wedi'i chanslo"));
        checkPage("my bookings after cancelling");
        open("/book/recycling-centre/" + day);
        assertThat(placesLeft(second)).as("the cancelled time's place is free again").isEqualTo(secondBefore);
    }

    /** Through the header's navigation, as a resident goes there: on a phone, behind the Menu button. */
    private void openMyBookingsFromTheNavigation() {
        WebElement menu = driver.findElement(By.cssSelector(".porth-header__menu-button"));
        if (menu.isDisplayed()) {
            if (keyboard) {
                for (int presses = 0; presses < 60 && !menu.equals(driver.switchTo().activeElement()); presses++) {
                    tab();
                }
                press(Keys.ENTER);
            } else {
                click(menu);
            }
            waitUntil(d -> "true".equals(menu.getDomAttribute("aria-expanded")));
        }
        choose(driver.findElement(By.id("porth-navigation")).findElement(By.linkText(text("My bookings", "Fy archebion"))));
        assertThat(heading()).isEqualTo(text("My bookings", "Fy archebion"));
    }

    /** Presses Enter on it after tabbing there (keyboard), or clicks it (touch). */
    private void choose(WebElement control) {
        if (!keyboard) {
            click(control);
            return;
        }
        for (int presses = 0; presses < 60 && !control.equals(driver.switchTo().activeElement()); presses++) {
            tab();
        }
        assertThat(driver.switchTo().activeElement()).as("reachable by Tab: %s", control.getText()).isEqualTo(control);
        String before = driver.getCurrentUrl();
        press(Keys.ENTER);
        waitUntil(d -> !d.getCurrentUrl().equals(before)
                || !d.findElements(By.cssSelector(".porth-notification, .porth-error-summary")).isEmpty());
        waitForPage();
    }

    private void checkPage(String page) {
        assertNoSidewaysScrolling(page);
        assertAccessible(page);
    }

    private String timeId(int index) {
        return driver.findElements(By.cssSelector(".porth-time-list__button")).get(index).getDomAttribute("id");
    }

    private int placesLeft(String timeId) {
        String text = driver.findElement(By.id(timeId)).getText();
        return Integer.parseInt(text.substring(text.lastIndexOf(' ') + 1).strip());
    }

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** Fetches the file the link downloads, with the resident's session, as the browser would. */
    private String download(WebElement link) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done(String(e)));
                """, link.getDomProperty("href"));
    }

    private static LocalDate dayOf(WebElement dayLink) {
        return LocalDate.parse(dayLink.getDomAttribute("id").substring("day-".length()));
    }
}
