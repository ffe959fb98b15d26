package org.porth.booking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.porth.booking.BookableResource;
import org.porth.booking.DayWithSpace;
import org.porth.booking.FreeTime;
import org.porth.booking.internal.SlotCounters.Counter;
import org.springframework.stereotype.Component;

/**
 * The places left: the schedule's bookable slots, less what the database has counted taken. A
 * slot nobody has booked yet has no row and every place free.
 */
@Component
public class Openings {

    private final Schedule schedule;
    private final SlotCounters counters;

    Openings(Schedule schedule, SlotCounters counters) {
        this.schedule = schedule;
        this.counters = counters;
    }

    /** The days from {@code from} to {@code to} (both included) with at least one place, in date order. */
    public List<DayWithSpace> days(BookableResource resource, LocalDate from, LocalDate to, Instant now) {
        LocalDate first = latest(from, LocalDate.ofInstant(now, Schedule.ZONE));
        LocalDate last = to.isAfter(schedule.lastBookableDay(resource, now)) ? schedule.lastBookableDay(resource, now) : to;
        if (first.isAfter(last)) {
            return List.of();
        }
        Map<Instant, Counter> counted = counted(resource, first, last);
        List<DayWithSpace> days = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            int places = free(resource, date, now, counted).stream().mapToInt(FreeTime::placesLeft).sum();
            if (places > 0) {
                days.add(new DayWithSpace(date, places));
            }
        }
        return days;
    }

    /** The day's times with places left, in time order; none outside the horizon. */
    public List<FreeTime> times(BookableResource resource, LocalDate date, Instant now) {
        if (date.isBefore(LocalDate.ofInstant(now, Schedule.ZONE)) || date.isAfter(schedule.lastBookableDay(resource, now))) {
            return List.of();
        }
        return free(resource, date, now, counted(resource, date, date));
    }

    /**
     * Up to {@code count} free times to offer instead of one just taken: the nearest on its day, else
     * the first on the days after it.
     */
    public List<LocalDateTime> nearest(BookableResource resource, LocalDateTime wanted, Instant now, int count) {
        List<LocalDateTime> sameDay = times(resource, wanted.toLocalDate(), now).stream().map(FreeTime::start)
                .sorted(Comparator.comparingLong(start -> Math.abs(ChronoUnit.MINUTES.between(wanted, start))))
                .limit(count).sorted().toList();
        if (!sameDay.isEmpty()) {
            return sameDay;
        }
        List<LocalDateTime> later = new ArrayList<>();
        LocalDate last = schedule.lastBookableDay(resource, now);
        for (LocalDate date = wanted.toLocalDate().plusDays(1); !date.isAfter(last) && later.size() < count;
                date = date.plusDays(1)) {
            times(resource, date, now).stream().limit(count - later.size()).forEach(time -> later.add(time.start()));
        }
        return later;
    }

    private List<FreeTime> free(BookableResource resource, LocalDate date, Instant now, Map<Instant, Counter> counted) {
        return schedule.slotsOn(resource, date).stream().filter(slot -> schedule.isBookable(resource, slot, now))
                .map(slot -> {
                    Counter counter = counted.get(slot.startInstant());
                    int left = counter == null ? resource.capacity() : counter.placesLeft();
                    return new FreeTime(slot.start(), slot.end(), left);
                })
                .filter(time -> time.placesLeft() > 0).toList();
    }

    private Map<Instant, Counter> counted(BookableResource resource, LocalDate first, LocalDate last) {
        return counters.between(resource.id(), first.atStartOfDay(Schedule.ZONE).toInstant(),
                        last.plusDays(1).atStartOfDay(Schedule.ZONE).toInstant()).stream()
                .collect(Collectors.toMap(Counter::start, Function.identity()));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
