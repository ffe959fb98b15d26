package org.porth.booking.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
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
 * has left, or "Full" (plain text, nothing to press) when it has none. Plain links, so the list
 * works with the keyboard, a screen reader and touch alike.
 */
class DayList extends Div {

    /**
     * @param openDays the days in the range the resource opens, to say "Full" of those without space
     * @param link     where choosing a day goes
     */
    DayList(List<DayWithSpace> days, LocalDate from, LocalDate to, Predicate<LocalDate> openDays,
            Function<LocalDate, String> link, Language language) {
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
            weeks.computeIfAbsent(monday, week -> new UnorderedList()).add(day(date, places, link, language));
        }
        weeks.forEach((monday, list) -> {
            H2 heading = new H2(getTranslation("booking.days.week", DateText.format(monday, language)));
            heading.addClassName("porth-heading-s");
            list.addClassName("porth-day-list__days");
            add(new Section(heading, list));
        });
    }

    private ListItem day(LocalDate date, Integer places, Function<LocalDate, String> link, Language language) {
        Span name = new Span(BookingTexts.day(date, language));
        name.addClassName("porth-day-list__date");
        Span left = new Span(places == null ? getTranslation("booking.days.full")
                : getTranslation("booking.days.places", places));
        left.addClassName("porth-day-list__places");
        if (places == null) {
            ListItem full = new ListItem(name, new Text(" "), left);
            full.addClassName("porth-day-list__day--full");
            return full;
        }
        Anchor choose = new Anchor(link.apply(date), name, new Text(" "), left);
        choose.addClassName("porth-day-list__link");
        choose.setId("day-" + date);
        return new ListItem(choose);
    }
}
