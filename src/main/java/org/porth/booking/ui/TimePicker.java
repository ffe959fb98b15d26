package org.porth.booking.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Location;
import org.porth.booking.BookingRefused;
import org.porth.booking.FreeTime;
import org.porth.shared.Language;
import org.porth.shell.ErrorMessage;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ErrorSummary.Problem;

/**
 * A day's times, each a button saying its places left. A refusal shows next to the times and in
 * the error summary; when the time has just been taken, the nearest free times are offered there
 * to choose at once, and the list shows the day's times as they are now (without the one just lost).
 */
class TimePicker extends Div {

    static final String ID = "booking-times";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("HHmm");

    private final ErrorSummary summary;
    private final Function<LocalDateTime, Location> choose;
    private final Supplier<List<FreeTime>> times;
    private final Div error = new Div();
    private final UnorderedList list = new UnorderedList();

    /**
     * @param times  the day's free times as they are now: asked again after a refusal
     * @param choose does the booking action and answers the page to go to next; throws
     *               {@link BookingRefused} when refused
     */
    TimePicker(List<FreeTime> shown, Supplier<List<FreeTime>> times, ErrorSummary summary,
            Function<LocalDateTime, Location> choose) {
        this.summary = summary;
        this.choose = choose;
        this.times = times;
        setId(ID);
        addClassName("porth-form-group");
        error.addClassName("porth-error-message");
        error.setVisible(false);
        list.addClassName("porth-time-list");
        show(shown);
        add(error, list);
    }

    private void show(List<FreeTime> free) {
        list.removeAll();
        free.forEach(time -> list.add(new ListItem(button(time))));
    }

    private NativeButton button(FreeTime time) {
        Language language = Language.of(getLocale());
        Span when = new Span(BookingTexts.time(time.start(), language) + " – " + BookingTexts.time(time.end(), language));
        when.addClassName("porth-time-list__time");
        Span places = new Span(getTranslation("booking.times.places", time.placesLeft()));
        places.addClassName("porth-time-list__places");
        NativeButton button = new NativeButton();
        button.add(when, new Text(" "), places);
        button.addClassName("porth-time-list__button");
        button.setId(id(time.start()));
        button.addClickListener(click -> choose(time.start()));
        return button;
    }

    /** The id of a time's button, e.g. {@code time-0815}. */
    static String id(LocalDateTime start) {
        return "time-" + ID_TIME.format(start);
    }

    private void choose(LocalDateTime start) {
        try {
            Location next = choose.apply(start);
            UI.getCurrent().navigate(next.getPath(), next.getQueryParameters());
        } catch (BookingRefused refusal) {
            refused(refusal);
        }
    }

    /** Says why the choice was refused, keeping the times on the page. */
    private void refused(BookingRefused refusal) {
        String message = getTranslation(refusal.messageKey());
        show(times.get());
        error.removeAll();
        error.add(new Paragraph(ErrorMessage.prefix(this), new Text(message)));
        if (!refusal.nearestFreeTimes().isEmpty()) {
            UnorderedList nearest = new UnorderedList();
            nearest.addClassName("porth-list");
            refusal.nearestFreeTimes().forEach(start -> {
                NativeButton other = new NativeButton(BookingTexts.at(start, Language.of(getLocale())),
                        click -> choose(start));
                other.addClassName("porth-link-button");
                nearest.add(new ListItem(other));
            });
            error.add(new Paragraph(getTranslation("booking.refused.nearest-times")), nearest);
        }
        error.setVisible(true);
        addClassName("porth-form-group--error");
        summary.show(List.of(new Problem(ID, message)));
    }
}
