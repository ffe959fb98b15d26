package org.porth.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.booking.BookingStatus;
import org.porth.booking.ResidentBookings;
import org.porth.booking.internal.FreshSlots;
import org.porth.booking.internal.ResourceRegistry;
import org.porth.booking.internal.Schedule;
import org.porth.browserless.PortalViewTest;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Changing a booking says what changes: a whole-day collection offers to change the day, not the
 * time; and cancelling asks first on a page of its own, with what it does, "Yes, cancel this booking"
 * and "No, go back", so that one tap never cancels. In English and Welsh.
 */
class ChangingABookingTest extends PortalViewTest {

    @Autowired
    private ResidentBookings bookings;
    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private Schedule schedule;
    @Autowired
    private ResourceRegistry resources;

    @BeforeEach
    void residentSignedIn() {
        signIn(Somebody.named("Carys").asResident());
        profiles.current();
    }

    @Test
    void aWholeDayCollectionOffersToChangeTheDay() {
        String reference = book("test-whole-day");
        UI.getCurrent().navigate(MyBookingsView.class);

        assertThat(find(Anchor.class).withText("Change the day").single().getHref())
                .isEqualTo(BookingPaths.moveDays(reference));
        assertThat(pageText()).doesNotContain("Change the time");
        UI.getCurrent().navigate(BookingPaths.moveDays(reference));
        assertThat(pageText()).contains("Your booking stays on its current day until you choose a new one.")
                .doesNotContain("current time");

        chooseLanguage(Language.WELSH);
        UI.getCurrent().navigate(MyBookingsView.class);
        assertThat(find(Anchor.class).withText("Newid y diwrnod").exists()).isTrue();
        assertThat(pageText()).doesNotContain("Newid yr amser");
    }

    @Test
    void aBookingWithTimesStillOffersToChangeTheTime() {
        book("test-ten-places");
        UI.getCurrent().navigate(MyBookingsView.class);

        assertThat(find(Anchor.class).withText("Change the time").exists()).isTrue();
        assertThat(pageText()).doesNotContain("Change the day");
    }

    @Test
    void cancellingAsksFirstAndGoingBackKeepsTheBooking() {
        String reference = book("test-ten-places");
        UI.getCurrent().navigate(MyBookingsView.class);
        Anchor cancel = find(Anchor.class).withId("cancel-" + reference).single();
        assertThat(cancel.getText()).isEqualTo("Cancel this booking");

        UI.getCurrent().navigate(cancel.getHref());

        assertThat(currentView()).isInstanceOf(CancelBookingView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Are you sure you want to cancel this booking?");
        assertThat(pageText()).contains(reference, "Its place will be free for someone else straight away.",
                "You cannot undo this");
        NativeButton yes = find(NativeButton.class).withId(CancelBookingView.CONFIRM_ID).single();
        assertThat(yes.getText()).isEqualTo("Yes, cancel this booking");
        assertThat(yes.getClassNames()).contains("porth-button--warning");
        assertThat(find(Anchor.class).withText("No, go back").single().getHref()).isEqualTo(BookingPaths.MINE);
        assertThat(bookings.booking(reference).status()).as("nothing cancelled yet").isEqualTo(BookingStatus.CONFIRMED);

        chooseLanguage(Language.WELSH);
        assertThat(find(H1.class).single().getText()).isEqualTo("Ydych chi'n siŵr eich bod am ganslo'r archeb hon?");
        assertThat(find(NativeButton.class).withId(CancelBookingView.CONFIRM_ID).single().getText())
                .isEqualTo("Ie, canslo'r archeb hon");
        assertThat(find(Anchor.class).withText("Na, ewch yn ôl").exists()).isTrue();
    }

    @Test
    void anotherResidentsBookingHasNoCancelPage() {
        signIn(Somebody.named("Dafydd").asResident());
        profiles.current();
        String theirs = book("test-ten-places");
        signIn(Somebody.named("Carys").asResident());

        UI.getCurrent().navigate(BookingPaths.cancel(theirs));

        assertThat(currentView()).isNotInstanceOf(CancelBookingView.class);
        assertThat(pageText()).contains("Page not found");
    }

    private String book(String resourceId) {
        return bookings.book(new FreshSlots(schedule, resources).next(resourceId), "changing-" + resourceId).reference();
    }
}
