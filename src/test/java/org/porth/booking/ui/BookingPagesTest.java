package org.porth.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.booking.Availability;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingStatus;
import org.porth.booking.ClosureAdministration;
import org.porth.booking.ClosureAdministration.Closing;
import org.porth.booking.ResidentBookings;
import org.porth.booking.SlotAdministration;
import org.porth.booking.SlotTime;
import org.porth.booking.internal.FreshSlots;
import org.porth.booking.internal.ResourceRegistry;
import org.porth.booking.internal.Schedule;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.identity.Role;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The resident's booking pages as a resident uses them: the days by week with the places left,
 * "Full" or why an administrator closed the day, the date typed instead, a time held and confirmed,
 * a time just taken refused with the nearest free ones, and My bookings moving and cancelling; in
 * English and Welsh.
 */
class BookingPagesTest extends PortalViewTest {

    private static final String TEN_PLACES = "test-ten-places";
    private static final String ONE_PLACE = "test-one-place";
    private static final String CLOSURES = "test-closures";

    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private ResidentBookings bookings;
    @Autowired
    private Availability availability;
    @Autowired
    private SlotAdministration administration;
    @Autowired
    private ClosureAdministration closures;
    @Autowired
    private Schedule schedule;
    @Autowired
    private ResourceRegistry resources;

    private FreshSlots fresh;
    private Authentication resident;

    @AfterEach
    void reopenClosures() {
        SecurityContextHolder.getContext().setAuthentication(People.officer(Role.ADMIN));
        closures.current(CLOSURES).forEach(closure -> closures.reopen(closure.id()));
    }

    @BeforeEach
    void residentSignedIn() {
        fresh = new FreshSlots(schedule, resources);
        resident = newResident();
        signIn(resident);
    }

    @Test
    void daysAreGroupedByWeekSayingThePlacesLeftOrFull() {
        LocalDate full = fillDay(ONE_PLACE, LocalDate.now(Schedule.ZONE).plusDays(80));

        UI.getCurrent().navigate(BookingPaths.days(ONE_PLACE));

        assertThat(currentView()).isInstanceOf(ChooseDayView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains(english("booking.days.week",
                DateText.format(full.with(DayOfWeek.MONDAY), Language.ENGLISH)));
        String fullName = BookingTexts.day(full, Language.ENGLISH);
        ListItem fullDay = find(ListItem.class).all().stream()
                .filter(item -> item.getElement().getTextRecursively().startsWith(fullName))
                .findFirst().orElseThrow();
        assertThat(fullDay.getElement().getTextRecursively()).endsWith("Full");
        assertThat(find(Anchor.class, fullDay).exists()).isFalse();
        LocalDate tomorrow = LocalDate.now(Schedule.ZONE).plusDays(1);
        Anchor tomorrowLink = dayLink(tomorrow);
        assertThat(tomorrowLink.getHref()).isEqualTo("book/" + ONE_PLACE + "/" + tomorrow);
        assertThat(tomorrowLink.getElement().getTextRecursively())
                .matches(BookingTexts.day(tomorrow, Language.ENGLISH) + " Places left: \\d+");
    }

    @Test
    void choosingATimeHoldsItAndTheCheckPageConfirmsIt() {
        SlotTime slot = fresh.next(TEN_PLACES);
        UI.getCurrent().navigate(BookingPaths.times(TEN_PLACES, slot.start().toLocalDate()));
        int before = placesShown(slot);

        test(timeButton(slot)).click();

        assertThat(currentView()).isInstanceOf(CheckBookingView.class);
        assertThat(pageText()).contains("We are holding this time for 10 minutes. Confirm your booking before then.",
                BookingTexts.when(slot.start(), slot.start().plusMinutes(15), Language.ENGLISH));
        UI.getCurrent().navigate(BookingPaths.times(TEN_PLACES, slot.start().toLocalDate()));
        assertThat(placesShown(slot)).isEqualTo(before - 1);

        BookingDetails held = onlyBooking();
        UI.getCurrent().navigate(BookingPaths.check(held.reference()));
        test(find(NativeButton.class).withId(CheckBookingView.CONFIRM_ID).single()).click();

        assertThat(currentView()).isInstanceOf(BookingConfirmedView.class);
        assertThat(pageText()).contains("Booking confirmed", "Your booking reference is " + held.reference(),
                english("booking.next.default"), "Booked");
        assertThat(held.reference()).startsWith("BKG-");
        assertThat(find(Anchor.class).withText("Add to your calendar (.ics file)").single().getHref()).isNotBlank();
        assertThat(onlyBooking().status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void aTimeJustTakenIsRefusedNextToTheTimesAndInTheSummaryWithTheNearestFreeTimes() {
        SlotTime slot = fresh.next(ONE_PLACE, 3).get(1);
        UI.getCurrent().navigate(BookingPaths.times(ONE_PLACE, slot.start().toLocalDate()));
        bookAsSomeoneElse(slot);

        test(timeButton(slot)).click();

        assertThat(currentView()).isInstanceOf(ChooseTimeView.class);
        assertThat(find(Anchor.class).withText("That time has just been taken. Choose another time.").single()
                .getHref()).isEqualTo("#" + TimePicker.ID);
        assertThat(find(TimePicker.class).single().getElement().getTextRecursively())
                .contains("That time has just been taken. Choose another time.", "Times still free nearby:");
        NativeButton nearest = find(NativeButton.class).withText(BookingTexts.at(slot.start().plusMinutes(15),
                Language.ENGLISH)).single();

        test(nearest).click();

        assertThat(currentView()).isInstanceOf(CheckBookingView.class);
        assertThat(onlyBooking().start()).isEqualTo(slot.start().plusMinutes(15));
    }

    @Test
    void afterLosingATimeTheListOffersTheTimesFreeNowWithoutTheOneJustTaken() {
        List<SlotTime> three = fresh.next(ONE_PLACE, 3);
        while (!three.get(0).start().toLocalDate().equals(three.get(2).start().toLocalDate())) {
            three = fresh.next(ONE_PLACE, 3);
        }
        SlotTime lost = three.get(1);
        UI.getCurrent().navigate(BookingPaths.times(ONE_PLACE, lost.start().toLocalDate()));
        bookAsSomeoneElse(lost);

        test(timeButton(lost)).click();

        assertThat(find(NativeButton.class).withId(TimePicker.id(lost.start())).exists())
                .as("the time just taken is no longer offered").isFalse();
        assertThat(timeButton(three.get(0)).getElement().getTextRecursively()).endsWith("Places left: 1");
        assertThat(timeButton(three.get(2)).getElement().getTextRecursively()).endsWith("Places left: 1");
    }

    @Test
    void aSecondVisitInTheWeekIsRefusedAsTheHouseholdLimit() {
        List<SlotTime> sameWeek = slotsInOneWeek("test-limited");
        bookings.book(sameWeek.get(0), "limit-test");
        UI.getCurrent().navigate(BookingPaths.times("test-limited", sameWeek.get(1).start().toLocalDate()));

        test(timeButton(sameWeek.get(1))).click();

        String message = english("booking.refused.limit-reached");
        assertThat(currentView()).isInstanceOf(ChooseTimeView.class);
        assertThat(find(Anchor.class).withText(message).single().getHref()).isEqualTo("#" + TimePicker.ID);
        assertThat(find(TimePicker.class).single().getElement().getTextRecursively()).contains(message)
                .doesNotContain(english("booking.refused.nearest-times"));
    }

    @Test
    void aTypedDateIsCheckedAgainstTheDaysWithSpace() {
        LocalDate full = fillDay(ONE_PLACE, LocalDate.now(Schedule.ZONE).plusDays(81));
        UI.getCurrent().navigate(BookingPaths.days(ONE_PLACE));

        assertThat(continueWith("")).containsExactly("Enter a date");
        assertThat(continueWith(LocalDate.now(Schedule.ZONE).plusDays(200).toString()))
                .containsExactly(english("booking.refused.outside-horizon"));
        assertThat(continueWith(full.toString())).containsExactly("There are no places left on "
                + BookingTexts.day(full, Language.ENGLISH) + ". Choose another date.");
        assertThat(find(Input.class).withId(DateChoice.INPUT_ID).single().getValue()).isEqualTo(full.toString());

        LocalDate open = LocalDate.now(Schedule.ZONE).plusDays(3);
        continueWith(open.toString());
        assertThat(currentView()).isInstanceOf(ChooseTimeView.class);
    }

    @Test
    void aDayAnAdministratorClosedSaysWhyInTheListAndWhenTyped() {
        LocalDate closed = closeDay(LocalDate.now(Schedule.ZONE).plusDays(60), "Closed for resurfacing");
        UI.getCurrent().navigate(BookingPaths.days(CLOSURES));

        ListItem day = find(ListItem.class).withId("day-" + closed).single();
        assertThat(day.getElement().getTextRecursively())
                .isEqualTo(BookingTexts.day(closed, Language.ENGLISH) + " Closed: Closed for resurfacing");
        assertThat(find(Anchor.class, day).exists()).as("nothing to press").isFalse();
        assertThat(dayLink(closed.plusDays(1)).getElement().getTextRecursively()).contains("Places left: ");

        String message = BookingTexts.day(closed, Language.ENGLISH)
                + " is closed: Closed for resurfacing. Choose another date.";
        assertThat(continueWith(closed.toString())).containsExactly(message);
        assertThat(find(DateChoice.class).single().getElement().getTextRecursively()).contains("Error: " + message);
        assertThat(find(Input.class).withId(DateChoice.INPUT_ID).single().getValue()).isEqualTo(closed.toString());
    }

    @Test
    void inWelshAClosedDaySaysWhyInWelshWithTheReasonAsTyped() {
        LocalDate closed = closeDay(LocalDate.now(Schedule.ZONE).plusDays(62), "Ar gau i ail-wynebu / Resurfacing");
        UI.getCurrent().navigate(BookingPaths.days(CLOSURES));
        chooseLanguage(Language.WELSH);

        assertThat(find(ListItem.class).withId("day-" + closed).single().getElement().getTextRecursively())
                .isEqualTo(BookingTexts.day(closed, Language.WELSH) + " Ar gau: Ar gau i ail-wynebu / Resurfacing");

        find(DateChoice.class).single().setValue(closed.toString());
        test(find(NativeButton.class).withText("Parhau").single()).click();

        assertThat(find(DateChoice.class).single().getElement().getTextRecursively()).contains("Gwall: Mae "
                + BookingTexts.day(closed, Language.WELSH) + " ar gau: Ar gau i ail-wynebu / Resurfacing. Dewiswch ddyddiad arall.");
        assertThat(pageText()).contains("Mae problem wedi codi");
    }

    @Test
    void myBookingsMovesABookingAndCancelsIt() {
        List<SlotTime> slots = fresh.next(TEN_PLACES, 2);
        String reference = bookings.book(slots.get(0), "my-bookings-test").reference();
        UI.getCurrent().navigate(MyBookingsView.class);
        assertThat(pageText()).contains("Upcoming bookings", reference, "Booked");
        assertThat(find(Anchor.class).withText("Change the time").single().getHref())
                .isEqualTo(BookingPaths.moveDays(reference));

        UI.getCurrent().navigate(BookingPaths.moveTimes(reference, slots.get(1).start().toLocalDate()));
        int placesAtNewTime = placesShown(slots.get(1));
        test(timeButton(slots.get(1))).click();

        assertThat(currentView()).isInstanceOf(MyBookingsView.class);
        assertThat(pageText()).contains("Booking " + reference + " is now at "
                + BookingTexts.at(slots.get(1).start(), Language.ENGLISH) + ".");
        UI.getCurrent().navigate(BookingPaths.moveTimes(reference, slots.get(1).start().toLocalDate()));
        assertThat(placesShown(slots.get(1))).isEqualTo(placesAtNewTime - 1);

        UI.getCurrent().navigate(MyBookingsView.class);
        assertThat(find(Anchor.class).withId("cancel-" + reference).single().getHref()).isEqualTo(BookingPaths.cancel(reference));
        UI.getCurrent().navigate(BookingPaths.cancel(reference));
        test(find(NativeButton.class).withId(CancelBookingView.CONFIRM_ID).single()).click();

        assertThat(currentView()).isInstanceOf(MyBookingsView.class);
        assertThat(pageText()).contains(
                "Booking " + reference + " is cancelled and its place is free for someone else.", "Past and cancelled bookings", "Cancelled");
        assertThat(find(Anchor.class).withText("Cancel this booking").exists()).isFalse();
        assertThat(availability.times(TEN_PLACES, slots.get(1).start().toLocalDate()).stream()
                .filter(time -> time.start().equals(slots.get(1).start())).findFirst().orElseThrow().placesLeft())
                .isEqualTo(placesAtNewTime);
    }

    @Test
    void tooLateToCancelIsSaidNextToTheButtonAndInTheSummary() {
        String reference = bookings.book(fresh.next("test-no-late-changes"), "too-late-test").reference();
        UI.getCurrent().navigate(BookingPaths.cancel(reference));

        test(find(NativeButton.class).withId(CancelBookingView.CONFIRM_ID).single()).click();

        String message = "It is too late to cancel or change this booking online. Contact us instead.";
        assertThat(find(Anchor.class).withText(message).single().getHref()).isEqualTo("#" + CancelBookingView.CONFIRM_ID);
        assertThat(pageText()).contains(message);
        assertThat(onlyBooking().status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void inWelshTheDaysTimesAndRefusalsAreWelsh() {
        SlotTime slot = fresh.next(ONE_PLACE, 3).get(1);
        UI.getCurrent().navigate(BookingPaths.days(ONE_PLACE));
        chooseLanguage(Language.WELSH);
        LocalDate day = slot.start().toLocalDate();
        assertThat(pageText()).contains("Dewiswch ddiwrnod", "Wythnos yn dechrau", "Neu rhowch ddyddiad");
        assertThat(dayLink(day).getElement().getTextRecursively())
                .matches(BookingTexts.day(day, Language.WELSH) + " Lleoedd ar ôl: \\d+");

        UI.getCurrent().navigate(BookingPaths.times(ONE_PLACE, day));
        assertThat(timeButton(slot).getElement().getTextRecursively()).matches("\\d{1,2}:\\d\\d(yb|yh) – .*Lleoedd ar ôl: 1");
        bookAsSomeoneElse(slot);
        test(timeButton(slot)).click();

        assertThat(pageText()).contains(welsh("booking.refused.slot-taken"), welsh("booking.refused.nearest-times"),
                "Mae problem wedi codi");
        test(find(NativeButton.class).withText(BookingTexts.at(slot.start().minusMinutes(15), Language.WELSH))
                .single()).click();
        assertThat(pageText()).contains("Rydyn ni'n cadw'r amser hwn i chi am 10 munud.", "Cadarnhau'r archeb");
    }

    private Anchor dayLink(LocalDate date) {
        return find(Anchor.class).withId("day-" + date).single();
    }

    private NativeButton timeButton(SlotTime slot) {
        NativeButton button = find(NativeButton.class).withId(TimePicker.id(slot.start())).single();
        assertThat(button.getElement().getTextRecursively()).startsWith(BookingTexts.time(slot.start(), Language.of(UI.getCurrent().getLocale())) + " – ");
        return button;
    }

    private int placesShown(SlotTime slot) {
        String text = timeButton(slot).getElement().getTextRecursively();
        return Integer.parseInt(text.substring(text.lastIndexOf(' ') + 1));
    }

    private List<SlotTime> slotsInOneWeek(String resourceId) {
        List<SlotTime> two = fresh.next(resourceId, 2);
        while (!monday(two.get(0)).equals(monday(two.get(1)))) {
            two = fresh.next(resourceId, 2);
        }
        return two;
    }

    private static LocalDate monday(SlotTime slot) {
        return slot.start().toLocalDate().with(DayOfWeek.MONDAY);
    }

    private List<String> continueWith(String date) {
        find(DateChoice.class).single().setValue(date);
        test(find(NativeButton.class).withText("Continue").single()).click();
        return currentView() instanceof ChooseDayView
                ? find(Anchor.class).all().stream().filter(link -> ("#" + DateChoice.INPUT_ID).equals(link.getHref()))
                        .map(Anchor::getText).toList()
                : List.of();
    }

    private BookingDetails onlyBooking() {
        return bookings.mine().stream().filter(booking -> booking.status() != BookingStatus.CANCELLED)
                .reduce((a, b) -> { throw new AssertionError("more than one booking: " + a + ", " + b); })
                .orElseThrow();
    }

    private void bookAsSomeoneElse(SlotTime slot) {
        Authentication other = newResident();
        SecurityContextHolder.getContext().setAuthentication(other);
        bookings.book(slot, "someone-else");
        SecurityContextHolder.getContext().setAuthentication(resident);
    }

    /** An administrator closes the resource with closures on the first day from {@code from} it would open. */
    private LocalDate closeDay(LocalDate from, String reason) {
        LocalDate day = from;
        while (schedule.slotsOn(resources.get(CLOSURES), day).isEmpty()) {
            day = day.plusDays(1);
        }
        SecurityContextHolder.getContext().setAuthentication(People.officer(Role.ADMIN));
        closures.close(new Closing(CLOSURES, day, null, reason, false));
        SecurityContextHolder.getContext().setAuthentication(resident);
        return day;
    }

    /** Blocks every slot of the day (as a supervisor would), so that it has no places left. */
    private LocalDate fillDay(String resourceId, LocalDate date) {
        SecurityContextHolder.getContext().setAuthentication(People.officer(Role.SUPERVISOR));
        schedule.slotsOn(resources.get(resourceId), date)
                .forEach(slot -> administration.block(new SlotTime(resourceId, slot.start())));
        SecurityContextHolder.getContext().setAuthentication(resident);
        return date;
    }

    private Authentication newResident() {
        Authentication person = Somebody.named("Visitor").asResident();
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(person);
        profiles.current();
        SecurityContextHolder.getContext().setAuthentication(previous);
        return person;
    }
}
