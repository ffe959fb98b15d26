package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A resident books inside a service's form. A bulky waste collection day: the days with space on
 * the round of the address they give, held while they finish and booked when they send it, then in
 * My bookings; Sam on a 390 px phone chooses the day by keyboard in English, Rhian on a desktop with
 * the mouse in Welsh. A birth registration appointment: a day, then one of its times, at the office
 * chosen. Every page is axe-clean and none is wider than the screen.
 */
class BookingInAFormIT extends PortalBrowserTest {

    private final FormPages form = new FormPages(this);

    static Stream<Arguments> residents() {
        return Stream.of(Arguments.of("sam", false, Viewport.PHONE, true),
                Arguments.of("rhian", true, Viewport.DESKTOP, false));
    }

    @ParameterizedTest(name = "{0} on a {2}")
    @MethodSource("residents")
    void aResidentBooksTheCollectionDayInTheForm(String username, boolean inWelsh, Viewport viewport,
            boolean byKeyboard) {
        welsh = inWelsh;
        startBrowser(viewport);
        open("/my-requests");
        signInAs(username);
        open("/services/bulky-waste");
        click(link(text("Start now", "Dechrau nawr")));

        form.findAddress("address", "PT1 1AA", 1);
        form.continueOn();
        keepTheAccountAsItIs();
        form.choose(text("Sofa or armchair", "Soffa neu gadair freichiau"));
        form.continueOn();
        form.type("item-count", "1");
        form.continueOn();

        assertThat(heading()).isEqualTo(text("Choose a collection day", "Dewiswch ddiwrnod casglu"));
        WebElement firstDay = driver.findElement(By.cssSelector("#q-collection-day vaadin-radio-button"));
        String day = firstDay.getText().substring(0, firstDay.getText().indexOf(" – "));
        assertThat(firstDay.getText()).contains(text("places left:", "lleoedd ar ôl:"));
        checkPage("the collection days");
        form.continueOn();
        assertThat(form.errorSummary()).contains(text("Select a collection day", "Dewiswch y diwrnod casglu"));
        checkPage("the collection days with an error");
        if (byKeyboard) {
            tabIntoTheDays();
            press(Keys.SPACE);
            tabTo("continue");
            press(Keys.ENTER);
        } else {
            // offered afresh with the error, in case one has filled
            click(driver.findElement(By.cssSelector("#q-collection-day vaadin-radio-button")));
            form.continueOn();
        }

        form.type("where", text("In the front garden", "Yn yr ardd ffrynt"));
        form.continueOn();
        form.choose(text("No", "Na"));
        form.continueOn();
        form.type("phone", "01632 960 001");
        form.continueOn();
        keepTheAccountAsItIs();

        assertThat(form.main()).contains(day, text("We are holding this for you until",
                "Rydyn ni'n cadw hwn i chi tan"));
        checkPage("check your answers with the held day");
        driver.findElement(By.cssSelector("vaadin-checkbox#declaration")).click();
        click(button(text("Accept and send", "Derbyn ac anfon")));

        assertThat(heading()).isEqualTo(text("Request sent", "Cais wedi'i anfon"));
        assertThat(form.main()).contains(text("Your booking", "Eich archeb"), day + text(". Booking reference: BKG-",
                ". Cyfeirnod yr archeb: BKG-"), text("We will collect on the day you chose",
                "Byddwn ni'n casglu ar y diwrnod a ddewisoch chi"));
        checkPage("request sent with its booking");
        open("/my-bookings");
        assertThat(form.main()).contains(day, text("Bulky waste collection, south round",
                "Casgliad gwastraff swmpus, rownd y de"), text("Booked", "Wedi'i harchebu"));
        checkPage("my bookings with the collection");
    }

    @Test
    void aResidentOnAPhoneBooksABirthRegistrationAppointmentAtTheOfficeChosen() {
        startBrowser(Viewport.PHONE);
        open("/my-requests");
        signInAs("sam");
        open("/services/register-birth");
        click(link("Start now"));

        form.choose("Yes");
        form.continueOn();
        form.date("birth-date", FormPages.yesterday());
        form.continueOn();
        form.choose("Yes");
        form.continueOn();
        form.choose("The mother");
        form.continueOn();
        form.choose("Porth Register Office, County Hall");
        form.continueOn();

        assertThat(heading()).isEqualTo("Choose a day and time for the appointment");
        WebElement firstDay = driver.findElement(By.cssSelector("#q-appointment vaadin-radio-button"));
        String day = firstDay.getText().substring(0, firstDay.getText().indexOf(" – "));
        click(firstDay);
        form.continueOn();
        assertThat(form.errorSummary()).contains("Select a time");
        checkPage("the appointment page with its times");
        WebElement firstTime = driver.findElement(By.cssSelector("#q-appointment-time vaadin-radio-button"));
        String time = firstTime.getText().substring(0, firstTime.getText().indexOf(" – "));
        click(firstTime);
        form.continueOn();

        form.choose("English");
        form.continueOn();
        form.type("phone", "01632 960 001");
        form.continueOn();
        keepTheAccountAsItIs();
        assertThat(form.main()).contains(day + ", " + time);
        driver.findElement(By.cssSelector("vaadin-checkbox#declaration")).click();
        click(button("Accept and send"));

        assertThat(heading()).isEqualTo("Request sent");
        assertThat(form.main()).contains(day + ", " + time + ". Booking reference: BKG-");
        open("/my-bookings");
        assertThat(form.main()).contains("Birth registration, Porth Register Office", time);
        checkPage("my bookings with the appointment");
    }

    /** Asked whether a detail typed differently should change the account too: no, this request only. */
    private void keepTheAccountAsItIs() {
        if (heading().equals(text("Update your account too?", "Diweddaru eich cyfrif hefyd?"))) {
            form.choose(text("No, only use them for this request", "Nac ydw, defnyddiwch nhw ar gyfer y cais hwn yn unig"));
            form.continueOn();
        }
    }

    private void tabIntoTheDays() {
        for (int presses = 0; presses < 30 && !inTheDays(); presses++) {
            tab();
        }
        assertThat(inTheDays()).as("the days are reachable by Tab").isTrue();
    }

    private boolean inTheDays() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return !!(document.activeElement && document.activeElement.closest('#q-collection-day'));");
    }

    private void checkPage(String page) {
        assertNoSidewaysScrolling(page);
        assertAccessible(page);
    }
}
