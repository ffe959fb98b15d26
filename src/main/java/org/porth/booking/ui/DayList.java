package org.porth.booking.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.porth.booking.DayWithSpace;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/**
 * The days a resident can choose, grouped by week: each open day a link saying how many places it
 * has left, or "Full" when it has none, or "Closed: <reason>" when an administrator closed it (both
 * plain text, nothing to press). Plain links, so the list works with the keyboard, a screen reader
 * and touch alike.
 */
class DayList extends Div {

    /**
     * @param openDays   the days in the range the resource opens, to say "Full" of those without space
     * @param closedWhy  the reason of an administrator's closure of the day, if any
     * @param link       where choosing a day goes
     */
    DayList(List<DayWithSpace> days, LocalDate from, LocalDate to, Predicate<LocalDate> openDays,
            Function<LocalDate, Optional<String>> closedWhy, Function<LocalDate, String> link, Language language) {
        addClassName("porth-day-list");
        Map<LocalDate, Integer> space = days.stream()
                .collect(Collectors.toMap(DayWithSpace::date, DayWithSpace::placesLeft));
        Map<LocalDate, UnorderedList> weeks = new TreeMap<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            Integer places = space.get(date);
            if (places == null && !openDays.test(date)) {
                continue;
            }
            LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Optional<String> closure = places == null ? closedWhy.apply(date) : Optional.empty();
            weeks.computeIfAbsent(monday, week -> new UnorderedList()).add(closure.isPresent()
                    ? unavailable(date, getTranslation("booking.days.closed", closure.get()), language)
                    : day(date, places, link, language));
        }
        weeks.forEach((monday, list) -> {
            H2 heading = new H2(getTranslation("booking.days.week", DateText.format(monday, language)));
            heading.addClassName("porth-heading-s");
            list.addClassName("porth-day-list__days");
            add(new Section(heading, list));
        });
    }

    private ListItem day(LocalDate date, Integer places, Function<LocalDate, String> link, Language language) {
        if (places == null) {
            return unavailable(date, getTranslation("booking.days.full"), language);
        }
        Anchor choose = new Anchor(link.apply(date), name(date, language), new Text(" "),
                why(getTranslation("booking.days.places", places)));
        choose.addClassName("porth-day-list__link");
        choose.setId("day-" + date);
        return new ListItem(choose);
    }

    /** A day that cannot be chosen, saying why: full, or closed and the administrator's reason. */
    private static ListItem unavailable(LocalDate date, String reason, Language language) {
        ListItem item = new ListItem(name(date, language), new Text(" "), why(reason));
        item.addClassName("porth-day-list__day--unavailable");
        item.setId("day-" + date);
        return item;
    }

    private static Span name(LocalDate date, Language language) {
        Span name = new Span(BookingTexts.day(date, language));
        name.addClassName("porth-day-list__date");
        return name;
    }

    private static Span why(String text) {
        Span why = new Span(text);
        why.addClassName("porth-day-list__places");
        return why;
    }
}
