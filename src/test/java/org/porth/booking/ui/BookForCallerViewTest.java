package org.porth.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.porth.booking.AssistedBookings;
import org.porth.booking.BookableResource;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingPages;
import org.porth.booking.DayWithSpace;
import org.porth.booking.FreeTime;
import org.porth.booking.SlotTime;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.catalogue.Channel;
import org.porth.identity.Role;
import org.porth.resident.Profile;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ForbiddenView;
import org.springframework.beans.factory.annotation.Autowired;

/** Booking for a caller: the officer chooses what, when and how the caller reached us; refusals keep the choices. */
class BookForCallerViewTest extends PortalViewTest {

    @Autowired
    private StaffBookingFixtures fixtures;
    @Autowired
    private AssistedBookings assisted;

    @Test
    void theCallerPageOffersToBookAnAppointment() {
        Profile caller = fixtures.caller("Huw");
        signIn(People.officer(Role.CASEWORKER));

        UI.getCurrent().navigate("staff/callers/" + caller.id());

        assertThat(find(Anchor.class).withId("book-appointment").single().getHref())
                .isEqualTo(BookingPages.bookFor(caller.id()));
    }

    @Test
    void anOfficerBooksATimeWithPlacesLeftRecordedWithTheChannelAndThemselves() {
        Profile caller = fixtures.caller("Iolo");
        SlotTime slot = fixtures.freshSlot("test-one-place");
        signIn(People.officer(Role.CASEWORKER));
        open(caller);

        choose(slot);
        channel().setValue(Channel.FACE_TO_FACE);
        test(find(NativeButton.class).withId("book").single()).click();

        String reference = find(Paragraph.class).withId("booked-reference").single().getText()
                .replace("Booking reference: ", "");
        BookingDetails booked = assisted.find(reference).orElseThrow();
        assertThat(booked.residentId()).isEqualTo(caller.id());
        assertThat(booked.start()).isEqualTo(slot.start());
        assertThat(booked.channel()).isEqualTo(Channel.FACE_TO_FACE);
        assertThat(booked.officerId()).isNotBlank();
        assertThat(find(Paragraph.class).withId("booked-when").single().getText())
                .contains(Times.time(slot.start()) + ", Test one place, Test hall");
        assertThat(find(Anchor.class).withId("see-day").single().getHref())
                .isEqualTo(BookingPages.day(slot.resourceId(), slot.start().toLocalDate()));
    }

    @Test
    void aTimeTakenMeanwhileIsRefusedNextToTheTimeWithTheNearestFreeTimesAndTheOtherChoicesKept() {
        Profile caller = fixtures.caller("Jac");
        SlotTime slot = fixtures.freshSlot("test-one-place");
        signIn(People.officer(Role.CASEWORKER));
        open(caller);
        choose(slot);
        channel().setValue(Channel.PHONE);

        fixtures.bookByPhone(fixtures.caller("Someone else"), slot, "first");
        test(find(NativeButton.class).withId("book").single()).click();

        RadioButtonGroup<FreeTime> time = time();
        assertThat(time.isInvalid()).isTrue();
        assertThat(time.getErrorMessage()).startsWith("That time has just been taken. Choose another time. Times still free nearby:");
        assertThat(find(ErrorSummary.class).single().getElement().getTextRecursively())
                .contains("That time has just been taken. Choose another time.");
        assertThat(time.getListDataView().getItems().map(FreeTime::start)).doesNotContain(slot.start());
        assertThat(resource().getValue().id()).isEqualTo(slot.resourceId());
        assertThat(day().getValue().date()).isEqualTo(slot.start().toLocalDate());
        assertThat(channel().getValue()).isEqualTo(Channel.PHONE);
        assertThat(assisted.bookingsOf(caller.id())).isEmpty();
    }

    @Test
    void bookingWithNothingChosenSaysWhatIsMissing() {
        Profile caller = fixtures.caller("Kai");
        signIn(People.officer(Role.SUPERVISOR));
        open(caller);

        test(find(NativeButton.class).withId("book").single()).click();

        assertThat(find(ErrorSummary.class).single().getElement().getTextRecursively()).contains("Choose what to book",
                "Choose a day", "Choose a time", "Choose how the caller contacted us");
        assertThat(resource().getErrorMessage()).isEqualTo("Choose what to book");
    }

    @Test
    void aResidentCannotBookForSomeoneElse() {
        Profile caller = fixtures.caller("Lowri");
        signIn(People.resident());

        UI.getCurrent().navigate(BookingPages.bookFor(caller.id()));

        assertThat(currentView()).isInstanceOf(ForbiddenView.class);
    }

    private void open(Profile caller) {
        UI.getCurrent().navigate(BookingPages.bookFor(caller.id()));
        assertThat(currentView()).isInstanceOf(BookForCallerView.class);
    }

    private void choose(SlotTime slot) {
        resource().setValue(resource().getListDataView().getItems()
                .filter(option -> option.id().equals(slot.resourceId())).findFirst().orElseThrow());
        day().setValue(day().getListDataView().getItems()
                .filter(option -> option.date().equals(slot.start().toLocalDate())).findFirst().orElseThrow());
        time().setValue(time().getListDataView().getItems()
                .filter(option -> option.start().equals(slot.start())).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private Select<BookableResource> resource() {
        return find(Select.class).withId("resource").single();
    }

    @SuppressWarnings("unchecked")
    private Select<DayWithSpace> day() {
        return find(Select.class).withId("day").single();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<FreeTime> time() {
        return find(RadioButtonGroup.class).withId("time").single();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Channel> channel() {
        return find(RadioButtonGroup.class).withId("channel").single();
    }
}
