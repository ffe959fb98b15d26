package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.porth.booking.Availability;
import org.porth.booking.DayWithSpace;
import org.porth.booking.FreeTime;
import org.porth.booking.ui.StaffBookingFixtures;
import org.porth.browserless.People;
import org.porth.identity.Role;
import org.porth.resident.Profile;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A caseworker books a registrar appointment for a caller from the caller's page, by keyboard,
 * then finds it in the register office's day view; the pages are axe-clean at 1280 px and on a tablet.
 */
class StaffBookingIT extends PortalBrowserTest {

    private static final String REGISTER_OFFICE = "birth-registration-porth";

    @Autowired
    private StaffBookingFixtures fixtures;
    @Autowired
    private Availability availability;

    private final FormPages form = new FormPages(this);

    @AfterEach
    void signOutOfTheServices() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCaseworkerBooksARegistrarAppointmentForACallerAndSeesItInTheDayView() {
        Profile caller = fixtures.caller("Nia");
        FreeTime first = firstFreeTime();
        String day = DateText.withWeekday(first.start().toLocalDate(), Language.ENGLISH);
        String time = first.start().toLocalTime().toString();
        startBrowser(Viewport.DESKTOP);
        open("/staff/callers/" + caller.id());
        signInAs("cara");
        click(link("Book an appointment"));
        assertThat(heading()).isEqualTo("Book an appointment for " + caller.name().full());

        tabTo("book");
        press(Keys.ENTER);
        assertThat(driver.findElement(By.cssSelector(".porth-error-summary")).getText())
                .contains("Choose what to book", "Choose a day", "Choose a time", "Choose how the caller contacted us");
        assertAccessible("booking for a caller, with errors");

        tabTo("resource");
        chooseByKeyboard("Birth registration, Porth Register Office");
        tabTo("day");
        chooseByKeyboardStartingWith(day + " (");
        form.choose(time + " (places left: 1)");
        form.choose("By phone");
        tabTo("book");
        press(Keys.ENTER);

        assertThat(heading()).isEqualTo("Appointment booked");
        String reference = driver.findElement(By.id("booked-reference")).getText().replace("Booking reference: ", "");
        assertThat(reference).startsWith("BKG-");
        assertThat(driver.findElement(By.id("booked-when")).getText())
                .isEqualTo(day + " at " + time + ", Birth registration, Porth Register Office, "
                        + "Porth Register Office, County Hall, Heol y Castell, Porth, PT1 1AA");
        assertAccessible("an appointment booked for a caller");

        click(link("See the day's bookings"));
        assertThat(heading()).isEqualTo("Bookings by day");
        String slot = driver.findElement(By.id("slot-" + time.replace(":", ""))).getText();
        assertThat(slot).contains("1 of 1 taken", reference + ", " + caller.name().full() + ", By phone, confirmed");
        assertNoSidewaysScrolling("the day view at 1280 px");
        assertAccessible("the day view at 1280 px");

        driver.manage().window().setSize(new Dimension(Viewport.TABLET.width(), Viewport.TABLET.height()));
        assertNoSidewaysScrolling("the day view on a tablet");
        assertAccessible("the day view on a tablet");
        open("/staff/callers/" + caller.id() + "/book");
        assertNoSidewaysScrolling("booking for a caller on a tablet");
        assertAccessible("booking for a caller on a tablet");
    }

    /** The register office's first free time, as the officer will be offered it. */
    private FreeTime firstFreeTime() {
        SecurityContextHolder.getContext().setAuthentication(People.officer(Role.CASEWORKER));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        DayWithSpace first = availability.days(REGISTER_OFFICE, today, today.plusDays(42)).getFirst();
        FreeTime time = availability.times(REGISTER_OFFICE, first.date()).getFirst();
        SecurityContextHolder.clearContext();
        return time;
    }
}
