package org.porth.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.porth.booking.NoSuchBookingException;
import org.porth.booking.ResidentBookings;
import org.porth.booking.SlotTime;
import org.porth.booking.internal.FreshSlots;
import org.porth.booking.internal.ResourceRegistry;
import org.porth.booking.internal.Schedule;
import org.porth.browserless.PortalViewTest;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.porth.shell.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;

/**
 * A resident never reaches another resident's booking: each of its pages reads "Page not found",
 * My bookings does not list it, and its calendar file is refused as a booking that does not exist.
 * Visitors who are not signed in are sent to sign in; bookings a service's form makes are not open
 * to booking on their own.
 */
class BookingAccessTest extends PortalViewTest {

    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private ResidentBookings bookings;
    @Autowired
    private Schedule schedule;
    @Autowired
    private ResourceRegistry resources;

    @Test
    void anotherResidentsBookingAndItsCalendarFileAreNotReachable() {
        Authentication owner = residentWithRecord();
        signIn(owner);
        SlotTime slot = new FreshSlots(schedule, resources).next("test-ten-places");
        String reference = bookings.book(slot, "access-test").reference();
        UI.getCurrent().navigate(BookingPaths.confirmed(reference));
        assertThat(find(Anchor.class).withText("Add to your calendar (.ics file)").exists()).isTrue();

        signIn(residentWithRecord());

        assertNotFound(BookingPaths.confirmed(reference));
        assertNotFound(BookingPaths.check(reference));
        assertNotFound(BookingPaths.moveDays(reference));
        assertNotFound(BookingPaths.moveTimes(reference, slot.start().toLocalDate().plusDays(1)));
        assertThat(find(Anchor.class).withText("Add to your calendar (.ics file)").exists()).isFalse();
        assertThatThrownBy(() -> bookings.calendarFile(reference, Language.ENGLISH))
                .isInstanceOf(NoSuchBookingException.class);
        UI.getCurrent().navigate(MyBookingsView.class);
        assertThat(pageText()).contains("You have no bookings.").doesNotContain(reference);
    }

    @Test
    void resourcesBookedThroughAServiceFormCannotBeBookedOnTheirOwn() {
        signIn(residentWithRecord());

        assertNotFound(BookingPaths.days("bulky-waste-north"));
        assertNotFound(BookingPaths.days("birth-registration-porth"));
        assertNotFound(BookingPaths.days("no-such-resource"));
        UI.getCurrent().navigate(BookingPaths.days("recycling-centre"));
        assertThat(currentView()).isInstanceOf(ChooseDayView.class);
    }

    @Test
    void aDayOutsideTheBusinessCalendarIsNotFound() {
        signIn(residentWithRecord());
        SlotTime slot = new FreshSlots(schedule, resources).next("test-ten-places");
        String reference = bookings.book(slot, "calendar-test").reference();

        assertNotFound(BookingPaths.times("recycling-centre", LocalDate.of(1, 1, 1)));
        assertNotFound(BookingPaths.times("recycling-centre", LocalDate.of(9999, 12, 31)));
        assertNotFound(BookingPaths.moveTimes(reference, LocalDate.of(1, 1, 1)));
    }

    @Test
    void visitorsWhoAreNotSignedInAreSentToSignIn() {
        UI.getCurrent().navigate(BookingPaths.days("recycling-centre"));

        assertThat(currentView()).isNotInstanceOf(ChooseDayView.class);
        assertThat(pageLocation()).isEqualTo("/sign-in");
    }

    private void assertNotFound(String location) {
        UI.getCurrent().navigate(location);

        assertThat(currentView()).as(location).isInstanceOf(NotFoundView.class);
    }

    private Authentication residentWithRecord() {
        Authentication person = Somebody.named("Other").asResident();
        Somebody.signIn(person);
        profiles.current();
        return person;
    }
}
