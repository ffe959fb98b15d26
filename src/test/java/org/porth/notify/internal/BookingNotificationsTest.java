package org.porth.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.porth.resident.Somebody.signIn;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.porth.booking.AssistedBookings;
import org.porth.booking.BookingConfirmed;
import org.porth.booking.BookingDetails;
import org.porth.booking.ResidentBookings;
import org.porth.booking.SlotAdministration;
import org.porth.booking.SlotTime;
import org.porth.booking.internal.Reminders;
import org.porth.booking.ui.StaffBookingFixtures;
import org.porth.browserless.People;
import org.porth.catalogue.Channel;
import org.porth.catalogue.Text;
import org.porth.identity.Role;
import org.porth.notify.NotificationChannel;
import org.porth.notify.NotificationKind;
import org.porth.resident.ContactPreferences;
import org.porth.resident.Profile;
import org.porth.resident.ProfileChange;
import org.porth.resident.ResidentAddress;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shared.Postcode;
import org.porth.shared.Translations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a resident hears about their bookings: confirmed, moved (by them or by the council),
 * cancelled (by them, or by the council with its reason and how to book again) and the reminder the
 * day before; on the channels they chose, in their language, with the reference, what, when and
 * where, a link to My bookings, and nothing else about them.
 */
@SpringBootTest
class BookingNotificationsTest {

    private static final String RESOURCE = "test-ten-places";

    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private ResidentBookings bookings;
    @Autowired
    private AssistedBookings assisted;
    @Autowired
    private SlotAdministration administration;
    @Autowired
    private Reminders reminders;
    @Autowired
    private StaffBookingFixtures fixtures;
    @Autowired
    private NotifyProperties properties;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private JdbcTemplate jdbc;

    private final Somebody resident = Somebody.named("Ffion");

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aResidentIsToldOfTheirOwnBookingConfirmedMovedAndCancelledInTheirLanguage(Language language) {
        residentWho(language);
        List<SlotTime> slots = fixtures.freshSlotsOneDay(RESOURCE, 2);
        BookingDetails booked = bookings.book(slots.get(0), "notify-own");
        String reference = booked.reference();

        List<Row> confirmed = told(reference, NotificationKind.BOOKING_CONFIRMED);
        assertWordsFor(confirmed, language, "notify.booking-confirmed.subject", reference);
        assertThat(confirmed).allSatisfy(row -> assertThat(row.body()).contains(
                when(slots.get(0).start(), language), DateText.time(slots.get(0).start().plusMinutes(15).toLocalTime(), language),
                name(language), hall(language), reference));

        bookings.reschedule(reference, slots.get(1).start());
        List<Row> moved = told(reference, NotificationKind.BOOKING_MOVED);
        assertWordsFor(moved, language, "notify.booking-moved.subject", reference);
        assertThat(moved).allSatisfy(row -> assertThat(row.body())
                .contains(when(slots.get(1).start(), language), name(language), hall(language)));
        assertThat(told(reference, NotificationKind.BOOKING_MOVED_BY_COUNCIL)).isEmpty();

        bookings.cancel(reference);
        List<Row> cancelled = told(reference, NotificationKind.BOOKING_CANCELLED);
        assertWordsFor(cancelled, language, "notify.booking-cancelled.subject", reference);
        assertThat(cancelled).allSatisfy(row -> assertThat(row.body())
                .contains(when(slots.get(1).start(), language), name(language)));
        assertThat(told(reference, NotificationKind.BOOKING_CANCELLED_BY_COUNCIL)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aSlotTheCouncilBlocksHasItsBookingsMovedOrCancelledAndTheResidentIsToldWhyAndHowToBookAgain(
            Language language) {
        Profile profile = residentWho(language);
        SecurityContextHolder.clearContext();
        List<SlotTime> slots = fixtures.freshSlotsOneDay(RESOURCE, 2);
        String movedReference = fixtures.bookByPhone(profile, slots.get(0), "notify-moved").reference();
        String cancelledReference = fixtures.bookByPhone(profile, slots.get(0), "notify-cancelled").reference();

        asSupervisor(() -> administration.block(slots.get(0)));
        try {
            asSupervisor(() -> assisted.reschedule(movedReference, slots.get(1).start()));
            asSupervisor(() -> assisted.cancel(cancelledReference, "The hall is flooded."));
        } finally {
            // the staff day pages of other tests show this day: leave no slot of it blocked
            asSupervisor(() -> administration.reopen(slots.get(0)));
        }

        List<Row> moved = told(movedReference, NotificationKind.BOOKING_MOVED_BY_COUNCIL);
        assertWordsFor(moved, language, "notify.booking-moved-by-council.subject", movedReference);
        assertThat(moved).allSatisfy(row -> assertThat(row.body())
                .contains(when(slots.get(1).start(), language), name(language), hall(language)));
        assertThat(told(movedReference, NotificationKind.BOOKING_MOVED)).isEmpty();

        List<Row> cancelled = told(cancelledReference, NotificationKind.BOOKING_CANCELLED_BY_COUNCIL);
        assertWordsFor(cancelled, language, "notify.booking-cancelled-by-council.subject", cancelledReference);
        assertThat(cancelled).allSatisfy(row -> assertThat(row.body()).contains(when(slots.get(0).start(), language),
                name(language), "The hall is flooded.", Translations.get(language,
                        "notify.booking-cancelled-by-council.reason", "The hall is flooded.").strip()));
        assertThat(told(cancelledReference, NotificationKind.BOOKING_CANCELLED)).isEmpty();
    }

    @Test
    void aCouncilCancellationWithoutAReasonSaysNoneAndStillSaysHowToBookAgain() {
        Profile profile = residentWho(Language.ENGLISH);
        SecurityContextHolder.clearContext();
        String reference = fixtures.bookByPhone(profile, fixtures.freshSlot(RESOURCE), "notify-no-reason").reference();

        asSupervisor(() -> assisted.cancel(reference));

        assertThat(told(reference, NotificationKind.BOOKING_CANCELLED_BY_COUNCIL)).hasSize(2).allSatisfy(row ->
                assertThat(row.body()).contains("You can book another time at " + properties.bookingsLink())
                        .doesNotContain("The reason"));
    }

    @Test
    void theReminderJobTellsEachBookingOnceTheDayBefore() {
        residentWho(Language.WELSH);
        List<SlotTime> slots = fixtures.freshSlotsOneDay(RESOURCE, 2);
        List<String> references = List.of(bookings.book(slots.get(0), "remind-1").reference(),
                bookings.book(slots.get(1), "remind-2").reference());
        Instant dayBefore = slots.get(0).start().toLocalDate().atStartOfDay().minusHours(12)
                .atZone(java.time.ZoneId.of("Europe/London")).toInstant();

        reminders.runOnce(dayBefore);
        reminders.runOnce(dayBefore.plusSeconds(60));

        for (int i = 0; i < 2; i++) {
            List<Row> reminded = told(references.get(i), NotificationKind.BOOKING_REMINDER);
            assertWordsFor(reminded, Language.WELSH, "notify.booking-reminder.subject", references.get(i));
            SlotTime slot = slots.get(i);
            assertThat(reminded).allSatisfy(row -> assertThat(row.body())
                    .contains(when(slot.start(), Language.WELSH), "Prawf deg lle", "Neuadd brawf"));
        }
    }

    @Test
    void aBookingEventDeliveredAgainWritesNothingNew() {
        Profile profile = residentWho(Language.ENGLISH);
        SecurityContextHolder.clearContext();
        SlotTime slot = fixtures.freshSlot(RESOURCE);
        String reference = fixtures.bookByPhone(profile, slot, "notify-again").reference();
        assertThat(told(reference, NotificationKind.BOOKING_CONFIRMED)).hasSize(2);

        BookingConfirmed again = new BookingConfirmed(reference, profile.id(), RESOURCE, slot.start(),
                slot.start().plusMinutes(15), Channel.PHONE, "officer", new Text("Test ten places", "Prawf deg lle"),
                new Text("Test hall", "Neuadd brawf"));
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(again));

        assertThat(told(reference, NotificationKind.BOOKING_CONFIRMED)).hasSize(2);
    }

    /** Email and the portal, as the resident chose; the subject in their language; My bookings, nothing personal. */
    private void assertWordsFor(List<Row> rows, Language language, String subjectKey, String reference) {
        assertThat(rows).extracting(Row::channel).containsExactlyInAnyOrder(NotificationChannel.EMAIL,
                NotificationChannel.IN_PORTAL);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.subject()).isEqualTo(Translations.get(language, subjectKey, reference));
            assertThat(row.link()).isEqualTo(properties.bookingsLink()).endsWith("/my-bookings");
            assertThat(row.body()).contains(reference, properties.bookingsLink())
                    .doesNotContain(properties.requestLink(reference), resident.given, resident.family,
                            resident.email, "07700 900123", "1 Heol y Bont", "CF10");
        });
    }

    private static String when(LocalDateTime start, Language language) {
        return DateText.withWeekday(start.toLocalDate(), language) + ", " + DateText.time(start.toLocalTime(), language);
    }

    private static String name(Language language) {
        return language == Language.WELSH ? "Prawf deg lle" : "Test ten places";
    }

    private static String hall(Language language) {
        return language == Language.WELSH ? "Neuadd brawf" : "Test hall";
    }

    /** The resident, signed in, with a phone and an address the messages must never show. */
    private Profile residentWho(Language language) {
        signIn(resident.asResident());
        profiles.current();
        return profiles.update(ProfileChange.NONE.withPhone("07700 900123").withLanguage(language)
                .withAddress(ResidentAddress.manual("1 Heol y Bont", "", "Caerdydd", Postcode.parse("CF10 1AA").orElseThrow()))
                .withContactPreferences(ContactPreferences.DEFAULT));
    }

    private <T> T asSupervisor(Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(People.officer(Role.SUPERVISOR));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The booking's notifications of the kind, once every event about it has reached its listeners. */
    private List<Row> told(String reference, NotificationKind kind) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ? and completion_date is null",
                Integer.class, "%" + reference + "%"), pending -> pending == 0);
        return jdbc.query("select channel, subject, body, link from notification where reference = ? and kind = ?",
                (row, n) -> new Row(NotificationChannel.valueOf(row.getString("channel")), row.getString("subject"),
                        row.getString("body"), row.getString("link")), reference, kind.name());
    }

    private record Row(NotificationChannel channel, String subject, String body, String link) {
    }
}
