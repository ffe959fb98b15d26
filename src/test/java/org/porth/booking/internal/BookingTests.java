package org.porth.booking.internal;

import static org.porth.resident.Somebody.signIn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.porth.booking.AssistedBookings;
import org.porth.booking.Availability;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingStatus;
import org.porth.booking.ResidentBookings;
import org.porth.booking.SlotAdministration;
import org.porth.booking.SlotTime;
import org.porth.resident.ProfileChange;
import org.porth.resident.ResidentAddress;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Postcode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What the booking tests share: the services, fresh slots, residents with records (and households),
 * contenders started at once, and counting a slot's places and bookings in the database.
 */
@SpringBootTest
@RecordApplicationEvents
abstract class BookingTests {

    @Autowired
    protected ResidentBookings bookings;
    @Autowired
    protected Availability availability;
    @Autowired
    protected AssistedBookings assisted;
    @Autowired
    protected SlotAdministration administration;
    @Autowired
    protected ResidentProfiles profiles;
    @Autowired
    protected HoldRelease holdRelease;
    @Autowired
    protected Reminders reminders;
    @Autowired
    protected Schedule schedule;
    @Autowired
    protected ResourceRegistry resources;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected ApplicationEvents events;

    protected FreshSlots fresh;

    @BeforeEach
    void slots() {
        fresh = new FreshSlots(schedule, resources);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    protected record Booked(Authentication resident, String reference) {
    }

    protected record Outcome(BookingDetails booking, BookingRefused refusal) {

        static Outcome of(BookingDetails booking) {
            return new Outcome(booking, null);
        }

        static Outcome of(BookingRefused refusal) {
            return new Outcome(null, refusal);
        }

        boolean booked() {
            return booking != null && booking.status() == BookingStatus.CONFIRMED;
        }
    }

    protected interface Task {
        Callable<Outcome> make(int index);
    }

    /** Makes the tasks first (records and all), then starts them together and waits for every one. */
    protected static List<Outcome> atOnce(int count, Task task) throws Exception {
        List<Callable<Outcome>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(task.make(i));
        }
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<Outcome>> running = tasks.stream().map(call -> pool.submit(() -> {
                start.await();
                try {
                    return call.call();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            })).toList();
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> outcome : running) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        }
    }

    protected List<Booked> bookMany(SlotTime slot, int count) {
        List<Booked> booked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Authentication resident = residentWithRecord();
            signIn(resident);
            booked.add(new Booked(resident, bookings.book(slot, "setup").reference()));
        }
        SecurityContextHolder.clearContext();
        return booked;
    }

    /** A new resident, signed in once so that their record exists. */
    protected Authentication residentWithRecord() {
        Authentication resident = Somebody.named("Booker").asResident();
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        signIn(resident);
        profiles.current();
        SecurityContextHolder.getContext().setAuthentication(previous);
        return resident;
    }

    /** A made-up UPRN of 12 digits: a household of its own. */
    protected static String uprn() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(900_000_000_000L, 1_000_000_000_000L));
    }

    protected Authentication residentAt(String uprn) {
        Authentication resident = residentWithRecord();
        signIn(resident);
        profiles.update(ProfileChange.NONE.withAddress(new ResidentAddress(uprn, "1 Stryd y Prawf", "", "Porth",
                Postcode.parse("PT1 1AA").orElseThrow(), "Castell")));
        SecurityContextHolder.clearContext();
        return resident;
    }

    /** The open days of the first week from next Monday with at least {@code count} of them. */
    protected List<LocalDate> weekWithOpenDays(int count) {
        LocalDate monday = LocalDate.now(Schedule.ZONE).plusWeeks(1).with(DayOfWeek.MONDAY);
        while (true) {
            List<LocalDate> open = monday.datesUntil(monday.plusDays(7))
                    .filter(date -> !schedule.isClosed(resources.get("test-limited"), date)).toList();
            if (open.size() >= count) {
                return open;
            }
            monday = monday.plusWeeks(1);
        }
    }

    protected static SlotTime limited(LocalDate date) {
        return new SlotTime("test-limited", date.atTime(10, 0));
    }

    protected int taken(SlotTime slot) {
        return jdbc.queryForObject("select coalesce(sum(taken), 0) from booking_slot where resource_id = ? and starts_at = ?",
                Integer.class, slot.resourceId(), SlotCounters.utc(slot.start().atZone(Schedule.ZONE).toInstant()));
    }

    protected int activeBookingsIn(SlotTime slot) {
        return jdbc.queryForObject("""
                select count(*) from booking b join booking_slot s on s.id = b.slot_id
                where s.resource_id = ? and s.starts_at = ? and b.status in ('HELD', 'CONFIRMED')""",
                Integer.class, slot.resourceId(), SlotCounters.utc(slot.start().atZone(Schedule.ZONE).toInstant()));
    }
}
