package org.porth.insight.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.porth.catalogue.Channel;
import org.porth.shared.BusinessCalendar;

/**
 * A council's year of requests (decision 0056), day by day: each day is drawn from its own random
 * stream made from the seed and the date, so a day is the same whichever order days are made in,
 * and a large run can make and write them in batches, in parallel if it likes. {@code size} is the
 * year's requests before follow-ups: a few thousand for a demonstration, a million for the benchmark.
 */
public final class ActivityPlan {

    static final ZoneId UK = ZoneId.of("Europe/London");
    /** Places a demo request can be about; a repeat report names the place of the first. */
    public static final int PLACES = 400;

    private final BusinessCalendar calendar;
    private final long seed;
    private final int size;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final Lives lives;
    private final Map<String, Double> yearWeight = new HashMap<>();

    /** The year of days that ends with {@code lastDay}. */
    public ActivityPlan(BusinessCalendar calendar, long seed, int size, LocalDate lastDay) {
        if (size < 0) {
            throw new IllegalArgumentException("A demo year needs zero or more requests, not " + size);
        }
        this.calendar = calendar;
        this.seed = seed;
        this.size = size;
        this.lastDay = lastDay;
        this.firstDay = lastDay.minusYears(1).plusDays(1);
        this.lives = new Lives(calendar);
        for (String service : DemandShape.SHARES.keySet()) {
            yearWeight.put(service, days().stream().mapToDouble(day -> weight(service, day)).sum());
        }
    }

    public List<LocalDate> days() {
        return firstDay.datesUntil(lastDay.plusDays(1)).toList();
    }

    /** The requests sent on the day, in the order sent, each with what follows from it. */
    public List<PlannedRequest> on(LocalDate day) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + day.toEpochDay());
        double progress = (double) ChronoUnit.DAYS.between(firstDay, day) / ChronoUnit.DAYS.between(firstDay, lastDay);
        boolean workingDay = calendar.isWorkingDay(day);
        TreeMap<Instant, PlannedRequest> sent = new TreeMap<>();
        // services in a fixed order: a map's order would make the same seed give another day
        for (String service : DemandShape.SHARES.keySet().stream().sorted().toList()) {
            double expected = size * DemandShape.SHARES.get(service) / 1000.0 * weight(service, day) / yearWeight.get(service);
            int count = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
            for (int i = 0; i < count; i++) {
                PlannedRequest request = request(random, service, day, progress, workingDay, random.nextInt(PLACES));
                sent.put(request.submittedAt().plusNanos(sent.size()), request);
            }
        }
        return new ArrayList<>(sent.values());
    }

    private PlannedRequest request(SplittableRandom random, String service, LocalDate day, double progress,
            boolean workingDay, int place) {
        Channel channel = ChannelMix.pick(random, progress, workingDay);
        Instant at = at(random, day, channel);
        PlannedRequest.Life life = lives.draw(random, service, channel, at, progress);
        return new PlannedRequest(service, channel, at, place, Lives.contact(random, channel, progress), life,
                followUp(random, service, channel, at, place, life, progress));
    }

    /** Failure demand Porth can see: the same street problem reported again, or sent again after withdrawing. */
    private Optional<PlannedRequest> followUp(SplittableRandom random, String service, Channel channel, Instant at,
            int place, PlannedRequest.Life life, double progress) {
        boolean street = service.equals("pothole") || service.equals("street-light");
        boolean again = life.withdrawnAt().isPresent() ? random.nextDouble() < 0.4
                : street && random.nextDouble() < ChannelMix.share(0.12, 0.08, progress);
        if (!again) {
            return Optional.empty();
        }
        Instant later = at.plus(Duration.ofHours(20 + random.nextInt(24 * 5)));
        return Optional.of(new PlannedRequest(service, Channel.WEB, later, place, Optional.empty(),
                lives.draw(random, service, Channel.WEB, later, progress), Optional.empty()));
    }

    /** Staff channels in office hours; the web from early till late, busiest in the evening. */
    private static Instant at(SplittableRandom random, LocalDate day, Channel channel) {
        int minute = switch (channel) {
            case PHONE, FACE_TO_FACE -> 9 * 60 + random.nextInt(8 * 60);
            case WEB -> random.nextDouble() < 0.4 ? 18 * 60 + random.nextInt(5 * 60) : 7 * 60 + random.nextInt(11 * 60);
            case API, DEVICE -> random.nextInt(24 * 60);
        };
        return day.atTime(LocalTime.ofSecondOfDay(minute * 60L + random.nextInt(60))).atZone(UK).toInstant();
    }

    private double weight(String service, LocalDate day) {
        boolean workingDay = calendar.isWorkingDay(day);
        LocalDate before = day.minusDays(1);
        boolean afterBankHoliday = workingDay && calendar.covers(before) && calendar.holiday(before).isPresent();
        return DemandShape.season(service, day.getMonth()) * DemandShape.day(service, day, workingDay, afterBankHoliday);
    }
}
