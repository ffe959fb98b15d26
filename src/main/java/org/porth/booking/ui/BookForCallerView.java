package org.porth.booking.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.booking.AssistedBookings;
import org.porth.booking.Availability;
import org.porth.booking.BookableResource;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingResources;
import org.porth.booking.DayWithSpace;
import org.porth.booking.FreeTime;
import org.porth.booking.SlotTime;
import org.porth.catalogue.Channel;
import org.porth.identity.Role;
import org.porth.resident.Profile;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ErrorSummary.Problem;
import org.porth.shell.StaffLayout;

/**
 * Booking an appointment for a caller (assisted digital): the resource, a day with space, a time
 * with places left, and how the caller reached us; the booking is confirmed at once and recorded
 * with the channel and the officer. A refusal keeps every choice and offers the nearest free times.
 */
@Route(value = "staff/callers/:resident/book", layout = StaffLayout.class)
@PageTitle("booking.staff.book-title")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME})
class BookForCallerView extends Div implements BeforeEnterObserver {

    private final ResidentProfiles residents;
    private final BookingResources resources;
    private final Availability availability;
    private final AssistedBookings bookings;
    private final Clock clock;
    private final ErrorSummary errors = new ErrorSummary();
    private final Select<BookableResource> resource = new Select<>();
    private final Select<DayWithSpace> day = new Select<>();
    private final RadioButtonGroup<FreeTime> time = new RadioButtonGroup<>();
    private final RadioButtonGroup<Channel> channel = new RadioButtonGroup<>();
    /** One per booking made on this page: a double click books once. */
    private String requestKey = UUID.randomUUID().toString();
    private ResidentId caller;

    BookForCallerView(ResidentProfiles residents, BookingResources resources, Availability availability,
            AssistedBookings bookings, Clock clock) {
        this.residents = residents;
        this.resources = resources;
        this.availability = availability;
        this.bookings = bookings;
        this.clock = clock;
        addClassName("porth-form-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            caller = ResidentId.of(event.getRouteParameters().get("resident").orElseThrow());
        } catch (IllegalArgumentException notAnId) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        residents.profile(caller).ifPresentOrElse(this::render, () -> event.rerouteToError(NotFoundException.class));
    }

    private void render(Profile profile) {
        Language language = Language.of(getLocale());
        Anchor back = new Anchor("staff/callers/" + caller, getTranslation("form.back"));
        back.addClassName("porth-back-link");
        H1 heading = new H1(getTranslation("booking.staff.book-heading", profile.name().full()));
        heading.addClassName("porth-heading-l");
        resource.setId("resource");
        resource.setLabel(getTranslation("booking.staff.book-resource"));
        resource.setItems(resources.all());
        resource.setItemLabelGenerator(option -> option.name().in(language));
        resource.addValueChangeListener(change -> showDays(language));
        day.setId("day");
        day.setLabel(getTranslation("booking.staff.book-day"));
        day.setItemLabelGenerator(option -> getTranslation("booking.staff.day-option",
                DateText.withWeekday(option.date(), language), option.placesLeft()));
        day.addValueChangeListener(change -> showTimes());
        time.setId("time");
        time.setLabel(getTranslation("booking.staff.book-time"));
        time.setItemLabelGenerator(option -> getTranslation("booking.staff.time-option", Times.time(option.start()),
                option.placesLeft()));
        channel.setId("channel");
        channel.setLabel(getTranslation("callers.start.channel"));
        channel.setItems(Channel.PHONE, Channel.FACE_TO_FACE);
        channel.setItemLabelGenerator(option -> getTranslation("callers.channel." + option.name()));
        NativeButton book = new NativeButton(getTranslation("booking.staff.book-button"), click -> book(language));
        book.setId("book");
        book.addClassName("porth-button");
        add(back, errors, heading, resource, day, time, channel, book);
    }

    private void showDays(Language language) {
        day.clear();
        time.setItems(List.of());
        BookableResource chosen = resource.getValue();
        if (chosen != null) {
            LocalDate today = LocalDate.now(clock);
            day.setItems(availability.days(chosen.id(), today, today.plusDays(chosen.horizonDays())));
        }
    }

    private void showTimes() {
        FreeTime wanted = time.getValue();
        time.setItems(resource.getValue() == null || day.getValue() == null ? List.of()
                : availability.times(resource.getValue().id(), day.getValue().date()));
        if (wanted != null) {
            time.getListDataView().getItems().filter(option -> option.start().equals(wanted.start())).findFirst()
                    .ifPresent(time::setValue);
        }
    }

    private void book(Language language) {
        List<Problem> problems = new ArrayList<>();
        require(resource.getValue() != null, resource, "booking.staff.error.resource", problems);
        require(day.getValue() != null, day, "booking.staff.error.day", problems);
        require(time.getValue() != null, time, "booking.staff.error.time", problems);
        require(channel.getValue() != null, channel, "booking.staff.error.channel", problems);
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        try {
            BookingDetails booked = bookings.bookFor(caller, new SlotTime(resource.getValue().id(), time.getValue().start()),
                    channel.getValue(), requestKey);
            requestKey = UUID.randomUUID().toString();
            removeAll();
            add(new BookedForCaller(booked, resource.getValue(), caller, language));
        } catch (BookingRefused refused) {
            String message = refusal(refused);
            showTimes();
            time.clear();
            time.setInvalid(true);
            time.setErrorMessage(message);
            errors.show(List.of(new Problem("time", message)));
        }
    }

    private String refusal(BookingRefused refused) {
        String message = getTranslation(refused.reason() == BookingRefused.Reason.LIMIT_REACHED
                ? "booking.staff.refused.limit-reached" : refused.messageKey());
        if (refused.nearestFreeTimes().isEmpty()) {
            return message;
        }
        return message + " " + getTranslation("booking.refused.nearest-times") + " " + refused.nearestFreeTimes().stream()
                .map(start -> DateText.withWeekday(start.toLocalDate(), Language.of(getLocale())) + " " + Times.time(start))
                .collect(Collectors.joining("; "));
    }

    private void require(boolean given, HasValidation field, String key, List<Problem> problems) {
        field.setInvalid(!given);
        field.setErrorMessage(given ? null : getTranslation(key));
        if (!given) {
            problems.add(new Problem(((Component) field).getId().orElseThrow(), getTranslation(key)));
        }
    }
}
