package org.porth.booking.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.porth.booking.BookableResource;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingStatus;
import org.porth.booking.SlotState;
import org.porth.booking.SlotTime;
import org.porth.shared.Language;
import org.porth.shell.ErrorMessage;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ErrorSummary.Problem;
import org.porth.shell.NotificationBanner;
import org.porth.shell.Tables;

/**
 * The day's slots in a table: places taken of the capacity, blocked or not, and the bookings with
 * who booked and how. Once a slot has started its bookings can be marked attended or no-show; a
 * supervisor blocks and reopens slots, and a slot with bookings is blocked through {@link BlockSlotForm}.
 */
final class DaySlots extends Div {

    private final DayActions actions;
    private final BookableResource resource;
    private final LocalDate date;
    private final LocalDateTime now;
    private final Language language;
    private final ErrorSummary errors = new ErrorSummary();
    private final Div notice = new Div();
    private final Div body = new Div();

    DaySlots(DayActions actions, BookableResource resource, LocalDate date, LocalDateTime now, Language language) {
        this.actions = actions;
        this.resource = resource;
        this.date = date;
        this.now = now;
        this.language = language;
        setId("booking-day");
        add(errors, notice, body);
        refresh();
    }

    /** Shows the day as it is now, with a notice of what was just done, if anything. */
    void refresh(String done) {
        notice.removeAll();
        if (done != null) {
            notice.add(new NotificationBanner(done));
        }
        errors.show(List.of());
        refresh();
    }

    private void refresh() {
        body.removeAll();
        List<SlotState> slots = actions.slots.day(resource.id(), date);
        if (slots.isEmpty()) {
            body.add(new Paragraph(getTranslation("booking.staff.closed")));
            return;
        }
        NativeTable table = Tables.headed(List.of("booking.staff.time", "booking.staff.places", "booking.staff.bookings",
                "booking.staff.slot-actions").stream().map(this::getTranslation).toList());
        table.setId("booking-slots");
        table.addClassName("porth-booking-slots");
        NativeTableBody rows = new NativeTableBody();
        slots.forEach(slot -> rows.add(row(slot)));
        table.add(rows);
        body.add(table);
    }

    private NativeTableRow row(SlotState slot) {
        String time = Times.range(slot.start(), slot.end());
        Div places = new Div(new Span(getTranslation("booking.staff.taken", slot.taken(), slot.capacity())));
        if (slot.blocked()) {
            Span blocked = new Span(getTranslation("booking.staff.blocked"));
            blocked.addClassName("porth-tag");
            places.add(blocked);
        }
        UnorderedList bookings = new UnorderedList();
        bookings.addClassName("porth-booking-list");
        slot.bookings().forEach(booking -> bookings.add(booking(booking, !slot.start().isAfter(now))));
        NativeTableRow row = new NativeTableRow(Tables.rowHeader(new Span(time)), new NativeTableCell(places),
                new NativeTableCell(bookings), new NativeTableCell(slotActions(slot, time)));
        row.setId("slot-" + slot.start().toLocalTime().toString().replace(":", ""));
        return row;
    }

    private ListItem booking(BookingDetails booking, boolean started) {
        String who = actions.residentName(booking.residentId());
        Span text = new Span(getTranslation("booking.staff.booking", booking.reference(), who,
                getTranslation("my-requests.channel." + booking.channel().name()),
                getTranslation("booking.staff.status." + booking.status().name())));
        ListItem item = new ListItem(text);
        boolean markable = booking.status() == BookingStatus.CONFIRMED || booking.status() == BookingStatus.ATTENDED
                || booking.status() == BookingStatus.NO_SHOW;
        if (started && markable) {
            ErrorMessage refusal = new ErrorMessage("not-marked-" + booking.reference());
            item.add(refusal, mark(booking, "booking.staff.attended", BookingStatus.ATTENDED, refusal),
                    mark(booking, "booking.staff.no-show", BookingStatus.NO_SHOW, refusal));
        }
        return item;
    }

    /**
     * @param refusal where a refusal is said next to the buttons (the API refuses a booking not yet
     *                started, which a page left open can still offer when the booking was moved later)
     */
    private NativeButton mark(BookingDetails booking, String labelKey, BookingStatus attendance, ErrorMessage refusal) {
        String label = getTranslation(labelKey);
        NativeButton button = new NativeButton(label, click -> {
            try {
                if (attendance == BookingStatus.ATTENDED) {
                    actions.slots.markAttended(booking.reference());
                } else {
                    actions.slots.markNoShow(booking.reference());
                }
                refresh(getTranslation("booking.staff.marked", booking.reference(), label));
            } catch (BookingRefused refused) {
                String message = getTranslation("booking.staff.not-marked", booking.reference(),
                        getTranslation(refused.messageKey()));
                refusal.show(message);
                errors.show(List.of(new Problem(idOf(booking, attendance), message)));
            }
        });
        button.setId(idOf(booking, attendance));
        button.getElement().setAttribute("aria-describedby", refusal.getId().orElseThrow());
        button.getElement().setAttribute("aria-label", label + ", " + booking.reference());
        button.getElement().setAttribute("aria-pressed", String.valueOf(booking.status() == attendance));
        button.addClassNames("porth-button", "porth-button--secondary", "porth-button--small");
        return button;
    }

    private static String idOf(BookingDetails booking, BookingStatus attendance) {
        return (attendance == BookingStatus.ATTENDED ? "attended-" : "no-show-") + booking.reference();
    }

    private Component slotActions(SlotState slot, String time) {
        Div cell = new Div();
        if (!actions.canBlock()) {
            return cell;
        }
        SlotTime at = new SlotTime(resource.id(), slot.start());
        List<BookingDetails> active = slot.bookings().stream()
                .filter(booking -> booking.status() == BookingStatus.HELD || booking.status() == BookingStatus.CONFIRMED)
                .toList();
        if (!active.isEmpty()) {
            cell.add(action(slot.blocked() ? "booking.staff.move-or-cancel" : "booking.staff.block", time,
                    () -> askAboutBookings(at, time, active)));
        }
        if (slot.blocked()) {
            cell.add(action("booking.staff.reopen", time, () -> {
                actions.slots.reopen(at);
                refresh(getTranslation("booking.staff.reopened", time));
            }));
        } else if (active.isEmpty()) {
            cell.add(action("booking.staff.block", time, () -> {
                actions.slots.block(at);
                refresh(getTranslation("booking.staff.blocked-done", time));
            }));
        }
        return cell;
    }

    private NativeButton action(String labelKey, String time, Runnable run) {
        String label = getTranslation(labelKey);
        NativeButton button = new NativeButton(label, click -> run.run());
        button.getElement().setAttribute("aria-label", label + ", " + time);
        button.addClassNames("porth-button", "porth-button--secondary", "porth-button--small");
        return button;
    }

    private void askAboutBookings(SlotTime slot, String time, List<BookingDetails> active) {
        notice.removeAll();
        body.removeAll();
        body.add(new BlockSlotForm(actions, resource, slot, time, active, language, errors, this::refresh));
    }
}
