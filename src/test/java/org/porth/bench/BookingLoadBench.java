package org.porth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.porth.booking.Availability;
import org.porth.booking.BookingRefused;
import org.porth.booking.FreeTime;
import org.porth.booking.ResidentBookings;
import org.porth.booking.SlotTime;
import org.porth.database.OnOwnPostgresSchema;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The booking rush on PostgreSQL, on the seeded recycling centre (15-minute slots for 6, 192 places a
 * day): 200 residents at once booking a day's slots (a resident whose time was just taken tries
 * the nearest free time offered that day, as the page would show them), and 50 residents at once for one
 * slot. Reports bookings per second and the median and 99th percentile of a booking call, and
 * counts that no slot holds more bookings than places. Not part of the test suite: run it with
 * {@code ./mvnw -Pbench test -Dtest=BookingLoadBench}; the numbers go in docs/performance.md.
 */
@SpringBootTest
@OnOwnPostgresSchema
class BookingLoadBench {

    private static final String CENTRE = "recycling-centre";
    private static final int RESIDENTS = 200;
    private static final int CONTENDERS = 50;
    private static final int HOT_SLOTS = 20; // of the 32 in a day
    private static final int TRIES = 64; // in practice until no free time is offered
    private static final String BOOKED = "Booked";
    private static final String JUST_TAKEN = "Just taken (with the nearest free times)";
    private static final Path REPORT = Path.of("target", "bench", "booking-load.md");

    @Autowired
    private ResidentBookings bookings;
    @Autowired
    private Availability availability;
    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private JdbcTemplate jdbc;

    private LocalDate nextDay = LocalDate.now().plusDays(1);

    @Test
    void aRushOfResidentsNeverOverfillsASlot() throws Exception {
        dayRush(new Timings()); // warm-up
        List<String> report = new ArrayList<>();
        report.add("PostgreSQL, %d processors, JDK %s; load average at the start %s".formatted(
                Runtime.getRuntime().availableProcessors(), Runtime.version(), loadAverage()));
        report.addAll(dayRushes(3));
        report.addAll(hotSlots());
        report.add("");
        report.add("Load average at the end: " + loadAverage());
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report);
        report.forEach(System.out::println);
    }

    private List<String> dayRushes(int days) throws Exception {
        Timings timings = new Timings();
        int booked = 0;
        double seconds = 0;
        for (int day = 0; day < days; day++) {
            Rush rush = dayRush(timings);
            booked += rush.booked();
            seconds += rush.seconds();
        }
        return List.of("", "### %d residents at once booking one day's slots (%d days)".formatted(RESIDENTS, days), "",
                "%,d bookings in %.2f s: %.0f bookings/s; every slot full, none over".formatted(booked, seconds,
                        booked / seconds), "",
                "| outcome | calls | median ms | p99 ms | max ms |", "|---|---|---|---|---|",
                timings.summary(BOOKED).row(), timings.summary(JUST_TAKEN).row());
    }

    private Rush dayRush(Timings timings) throws Exception {
        LocalDate day = bookableDay();
        List<LocalDateTime> starts = signedIn(Somebody.named("Look").asResident(),
                () -> availability.times(CENTRE, day).stream().map(FreeTime::start).toList());
        int places = signedIn(Somebody.named("Look").asResident(),
                () -> availability.times(CENTRE, day).stream().mapToInt(FreeTime::placesLeft).sum());
        AtomicInteger booked = new AtomicInteger();
        long start = System.nanoTime();
        atOnce(RESIDENTS, () -> {
            LocalDateTime wanted = starts.get(ThreadLocalRandom.current().nextInt(starts.size()));
            for (int tried = 0; tried < TRIES && wanted != null; tried++) {
                Optional<BookingRefused> refused = book(timings, new SlotTime(CENTRE, wanted));
                if (refused.isEmpty()) {
                    booked.incrementAndGet();
                    return;
                }
                // the nearest free time that day; once the day is full the offers are of later days
                wanted = refused.get().nearestFreeTimes().stream().filter(offer -> offer.toLocalDate().equals(day))
                        .findFirst().orElse(null);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(booked.get()).as("the day fills: %d places, %d residents", places, RESIDENTS)
                .isEqualTo(Math.min(places, RESIDENTS));
        assertNoSlotOverCapacity();
        return new Rush(booked.get(), seconds);
    }

    private List<String> hotSlots() throws Exception {
        Timings timings = new Timings();
        int booked = 0;
        LocalDate day = bookableDay();
        for (int round = 0; round < HOT_SLOTS; round++) {
            LocalDateTime hot = day.atTime(8, 0).plusMinutes(15L * round);
            AtomicInteger won = new AtomicInteger();
            atOnce(CONTENDERS, () -> {
                if (book(timings, new SlotTime(CENTRE, hot)).isEmpty()) {
                    won.incrementAndGet();
                }
            });
            assertThat(won.get()).as("places in the hot slot").isEqualTo(6);
            booked += won.get();
        }
        assertNoSlotOverCapacity();
        return List.of("", "### %d residents at once for one slot of 6 places (%d slots)".formatted(CONTENDERS, HOT_SLOTS), "",
                "%d booked, %d told it had just been taken; none over capacity".formatted(booked,
                        CONTENDERS * HOT_SLOTS - booked), "",
                "| outcome | calls | median ms | p99 ms | max ms |", "|---|---|---|---|---|",
                timings.summary(BOOKED).row(), timings.summary(JUST_TAKEN).row());
    }

    /** One booking call, timed under its outcome: booked, or refused because the time was just taken. */
    private Optional<BookingRefused> book(Timings timings, SlotTime slot) {
        long start = System.nanoTime();
        try {
            bookings.book(slot, "rush");
            timings.record(BOOKED, System.nanoTime() - start);
            return Optional.empty();
        } catch (BookingRefused justTaken) {
            timings.record(JUST_TAKEN, System.nanoTime() - start);
            return Optional.of(justTaken);
        }
    }

    /** Counts the bookings in every slot against its places. */
    private void assertNoSlotOverCapacity() {
        Integer over = jdbc.queryForObject("""
                select count(*) from booking_slot s
                where s.taken > s.capacity or s.taken <> (select count(*) from booking b
                    where b.slot_id = s.id and b.status in ('HELD', 'CONFIRMED'))""", Integer.class);
        assertThat(over).as("slots over capacity or miscounted").isZero();
    }

    /** The next day the centre opens that no round has used, so each starts with every place free. */
    private LocalDate bookableDay() {
        while (true) {
            LocalDate day = nextDay;
            nextDay = nextDay.plusDays(1);
            boolean open = signedIn(Somebody.named("Look").asResident(),
                    () -> availability.times(CENTRE, day).size() == 32);
            if (open) {
                return day;
            }
        }
    }

    /** New residents, each with their record made first, doing the work together. */
    private void atOnce(int count, Runnable work) throws Exception {
        List<Authentication> residents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Authentication resident = Somebody.named("Rush").asResident();
            signedIn(resident, profiles::current);
            residents.add(resident);
        }
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<Object>> running = residents.stream().map(resident -> pool.submit(() -> {
                start.await();
                return signedIn(resident, () -> {
                    work.run();
                    return null;
                });
            })).toList();
            start.countDown();
            for (Future<Object> done : running) {
                done.get();
            }
        }
    }

    /** How busy the machine is (1, 5 and 15 minutes), where the system says: other work skews the numbers. */
    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException notLinux) {
            return "unknown";
        }
    }

    private static <T> T signedIn(Authentication person, Callable<T> work) {
        SecurityContextHolder.getContext().setAuthentication(person);
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private record Rush(int booked, double seconds) {
    }
}
