package org.porth.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.porth.booking.AssistedBookings;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingPages;
import org.porth.booking.SlotAdministration;
import org.porth.booking.SlotTime;
import org.porth.browserless.PortalViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

/** What the day view's tests share: the fixtures and services they set days up with, and what they do on the page: open a day, read a slot's row, block a slot, choose what to do with a booking. */
abstract class StaffDayViewTest extends PortalViewTest {

    @Autowired
    protected StaffBookingFixtures fixtures;
    @Autowired
    protected AssistedBookings assisted;
    @Autowired
    protected SlotAdministration administration;
    @Autowired
    protected ApplicationEvents events;

    protected void openDay(String resourceId, LocalDate date) {
        navigateToDay(resourceId, date);
        assertThat(currentView()).isInstanceOf(BookingDayView.class);
    }

    protected static void navigateToDay(String resourceId, LocalDate date) {
        UI.getCurrent().navigate(BookingPages.DAY, QueryParameters.simple(
                Map.of(BookingPages.RESOURCE, resourceId, BookingPages.DATE, date.toString())));
    }

    protected String rowText(LocalDateTime start) {
        return find(NativeTableRow.class).withId("slot-" + start.toLocalTime().toString().replace(":", "")).single()
                .getElement().getTextRecursively();
    }

    /** Presses the slot's Block button, told apart from the others by its label (time included). */
    protected void block(String time) {
        test(find(NativeButton.class).withText("Block").all().stream()
                .filter(button -> button.getElement().getAttribute("aria-label").equals("Block, " + time))
                .findFirst().orElseThrow()).click();
    }

    protected static void moveTo(Select<BlockSlotForm.Choice> choice, SlotTime target) {
        choice.setValue(choice.getListDataView().getItems()
                .filter(option -> option.moveTo() != null && option.moveTo().start().equals(target.start()))
                .findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    protected Select<BlockSlotForm.Choice> choice(BookingDetails booking) {
        return find(Select.class).withId("choice-" + booking.reference()).single();
    }
}
