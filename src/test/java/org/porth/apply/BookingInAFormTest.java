package org.porth.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.resident.Somebody.signIn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.booking.AssistedBookings;
import org.porth.booking.Availability;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingStatus;
import org.porth.booking.DayWithSpace;
import org.porth.booking.ResidentBookings;
import org.porth.booking.SlotAdministration;
import org.porth.booking.SlotTime;
import org.porth.browserless.People;
import org.porth.catalogue.Channel;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.forms.BookingAnswer;
import org.porth.identity.Role;
import org.porth.resident.ContactPreferences;
import org.porth.resident.NewResident;
import org.porth.resident.PersonName;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A bulky waste request books a collection day on the round of the address the form gives: the
 * day is held on Continue and confirmed on Submit with the request's reference, so staff find the
 * booking from the case. A day that fills meanwhile, or a hold let go, is said at the question.
 */
@SpringBootTest
class BookingInAFormTest {

    /** 2 Stryd Fawr, PT1 1AA, in Castell: the south round (Tuesdays and Thursdays). */
    private static final String SOUTH = "100100423058";
    /** 3, PT3 1XS, in Gogledd Porth: the north round (Mondays, Wednesdays and Fridays). */
    private static final String NORTH = "100100412482";

    @Autowired
    private Applications applications;
    @Autowired
    private Submissions submissions;
    @Autowired
    private Availability availability;
    @Autowired
    private ResidentBookings residentBookings;
    @Autowired
    private AssistedBookings assisted;
    @Autowired
    private SlotAdministration slots;
    @Autowired
    private ResidentProfiles profiles;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDayChosenIsHeldThenBookedOnSubmitWithTheRequestsReference() {
        signIn(Somebody.named("Ffion").asResident());
        String draft = upToTheCollectionDay(SOUTH);
        LocalDate day = firstDayWithSpace("bulky-waste-south");

        assertThat(chooseDay(draft, day)).isInstanceOf(PageResult.Saved.class);

        Answer held = applications.open(draft).answers().get("collection-day").orElseThrow();
        String booking = BookingAnswer.reference(held).orElseThrow();
        assertThat(held.field(BookingAnswer.RESOURCE)).hasValue("bulky-waste-south");
        assertThat(residentBookings.booking(booking).status()).isEqualTo(BookingStatus.HELD);
        assertThat(residentBookings.booking(booking).start().toLocalDate()).isEqualTo(day);

        Reference request = submitted(draft);

        assertThat(residentBookings.booking(booking).status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(submissions.confirmation(request).booked()).as("what the confirmation page says")
                .hasValue(new Confirmation.Booked(booking, day, Optional.empty()));
        ResidentId resident = profiles.current().id();
        signIn(People.officer(Role.CASEWORKER));
        assertThat(assisted.forRequest(resident, request.value())).map(BookingDetails::reference).hasValue(booking);
    }

    @Test
    void theRoundIsTheOneOfTheFormsAddressNotTheResidentsRecord() {
        signIn(Somebody.named("Gethin").asResident());
        String draft = upToTheCollectionDay(NORTH);
        LocalDate day = firstDayWithSpace("bulky-waste-north");

        chooseDay(draft, day);

        String booking = BookingAnswer.reference(applications.open(draft).answers().get("collection-day").orElseThrow())
                .orElseThrow();
        assertThat(residentBookings.booking(booking).resourceId()).isEqualTo("bulky-waste-north");
    }

    @Test
    void movingTheAddressToAnotherRoundLetsTheHeldDayGo() {
        signIn(Somebody.named("Iolo").asResident());
        String draft = upToTheCollectionDay(SOUTH);
        chooseDay(draft, firstDayWithSpace("bulky-waste-south"));
        String booking = BookingAnswer.reference(applications.open(draft).answers().get("collection-day").orElseThrow())
                .orElseThrow();

        applications.continueFrom(draft, "address", Answers.NONE.with("address", uprn(NORTH)));

        assertThat(applications.open(draft).answers().get("collection-day")).as("to be chosen again").isEmpty();
        assertThat(residentBookings.booking(booking).status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void aDayThatFillsBeforeContinueIsSaidAtTheQuestionAndNothingIsHeld() {
        signIn(Somebody.named("Nia").asResident());
        Authentication resident = SecurityContextHolder.getContext().getAuthentication();
        String draft = upToTheCollectionDay(SOUTH);
        LocalDate day = firstDayWithSpace("bulky-waste-south");
        SlotTime slot = new SlotTime("bulky-waste-south", day.atTime(7, 0));
        signIn(People.officer(Role.SUPERVISOR));
        slots.block(slot);
        try {
            signIn(resident);
            PageResult result = chooseDay(draft, day);

            assertThat(result).isInstanceOfSatisfying(PageResult.Invalid.class, invalid ->
                    assertThat(invalid.errors()).singleElement().satisfies(error -> {
                        assertThat(error.questionId()).isEqualTo("collection-day");
                        assertThat(error.message().en()).isEqualTo("That day has just been filled. Choose another day.");
                        assertThat(error.message().cy()).isEqualTo("Mae'r diwrnod hwnnw newydd lenwi. Dewiswch ddiwrnod arall.");
                    }));
            assertThat(applications.open(draft).answers().get("collection-day")).isEmpty();
            assertThat(residentBookings.mine()).isEmpty();
        } finally {
            signIn(People.officer(Role.SUPERVISOR));
            slots.reopen(slot);
        }
    }

    @Test
    void aHoldLetGoBeforeSubmitIsSaidAtTheQuestionAndNothingIsSubmitted() {
        signIn(Somebody.named("Owain").asResident());
        String draft = upToTheCollectionDay(SOUTH);
        chooseDay(draft, firstDayWithSpace("bulky-waste-south"));
        finishAfterTheDay(draft);
        residentBookings.cancel(BookingAnswer.reference(
                applications.open(draft).answers().get("collection-day").orElseThrow()).orElseThrow());

        SubmitResult result = submissions.submit(draft, true, Language.WELSH);

        assertThat(result).isInstanceOfSatisfying(SubmitResult.NotSubmitted.class, refused ->
                assertThat(refused.errors()).singleElement().satisfies(error -> {
                    assertThat(error.questionId()).isEqualTo("collection-day");
                    assertThat(error.message().en()).isEqualTo(
                            "The day you chose is no longer held for you. Choose a day again.");
                }));
        assertThat(applications.open(draft)).as("the draft is kept to fix").isNotNull();
    }

    @Test
    void anOfficerBooksTheDayForACallerRecordedWithTheChannelAndOfficer() {
        signIn(People.officer(Role.CASEWORKER));
        ResidentId caller = profiles.createForCaller(new NewResident(new PersonName("Dilys", "Prosser"), null, null, null,
                "dilys.prosser@example.com", Language.ENGLISH, ContactPreferences.DEFAULT)).id();
        String draft = applications.startFor(caller, "bulky-waste", Channel.PHONE).draftId();
        answerUpToTheDay(draft, SOUTH);
        chooseDay(draft, firstDayWithSpace("bulky-waste-south"));
        finishAfterTheDay(draft);

        Reference request = submitted(draft);

        assertThat(assisted.forRequest(caller, request.value())).get().satisfies(booking -> {
            assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(booking.channel()).isEqualTo(Channel.PHONE);
            assertThat(booking.officerId()).isNotNull();
            assertThat(booking.resourceId()).isEqualTo("bulky-waste-south");
        });
    }

    @Test
    void anAppointmentIsATimeAtTheOfficeChosen() {
        signIn(Somebody.named("Elin").asResident());
        profiles.current();
        String draft = applications.start("register-birth").draftId();
        saved(applications.continueFrom(draft, "born-here", Answers.NONE.with("born-here", Answer.of("yes"))));
        saved(applications.continueFrom(draft, "birth-date", Answers.NONE.with("birth-date",
                new Answer(Map.of("day", List.of("1"), "month", List.of("11"), "year", List.of("2026"))))));
        saved(applications.continueFrom(draft, "married", Answers.NONE.with("married", Answer.of("yes"))));
        saved(applications.continueFrom(draft, "attending", Answers.NONE.with("attending", Answer.ofAll(List.of("mother")))));
        saved(applications.continueFrom(draft, "office", Answers.NONE.with("office",
                Answer.of("birth-registration-aberporth"))));
        LocalDate day = firstDayWithSpace("birth-registration-aberporth");

        assertThat(chooseDay(draft, day)).as("a day without a time").isInstanceOfSatisfying(PageResult.Invalid.class,
                invalid -> assertThat(invalid.errors()).extracting(error -> error.message().en())
                        .containsExactly("Select a time"));

        var time = availability.times("birth-registration-aberporth", day).getFirst().start().toLocalTime();
        saved(applications.continueFrom(draft, "appointment",
                Answers.NONE.with("appointment", BookingAnswer.chosen(day, time))));
        String booking = BookingAnswer.reference(applications.open(draft).answers().get("appointment").orElseThrow())
                .orElseThrow();
        assertThat(residentBookings.booking(booking)).satisfies(held -> {
            assertThat(held.resourceId()).isEqualTo("birth-registration-aberporth");
            assertThat(held.start()).isEqualTo(day.atTime(time));
        });
    }

    private String upToTheCollectionDay(String uprn) {
        profiles.current();
        String draft = applications.start("bulky-waste").draftId();
        answerUpToTheDay(draft, uprn);
        return draft;
    }

    private void answerUpToTheDay(String draft, String uprn) {
        saved(applications.continueFrom(draft, "address", Answers.NONE.with("address", uprn(uprn))));
        saved(applications.continueFrom(draft, "items", Answers.NONE.with("items", Answer.ofAll(List.of("sofa-or-armchair")))));
        saved(applications.continueFrom(draft, "item-count", Answers.NONE.with("item-count", Answer.of("1"))));
    }

    private void finishAfterTheDay(String draft) {
        saved(applications.continueFrom(draft, "where", Answers.NONE.with("where", Answer.of("Front garden"))));
        saved(applications.continueFrom(draft, "reduction", Answers.NONE.with("reduction", Answer.of("no"))));
        saved(applications.continueFrom(draft, "phone", Answers.NONE.with("phone", Answer.of("01632 960 001"))));
    }

    private Reference submitted(String draft) {
        finishAfterTheDay(draft);
        SubmitResult result = submissions.submit(draft, true, Language.ENGLISH);
        assertThat(result).isInstanceOf(SubmitResult.Submitted.class);
        return ((SubmitResult.Submitted) result).reference();
    }

    private PageResult chooseDay(String draft, LocalDate day) {
        String question = applications.open(draft).definition().bookingQuestion().orElseThrow().id();
        return applications.continueFrom(draft, question, Answers.NONE.with(question, BookingAnswer.chosen(day, null)));
    }

    private LocalDate firstDayWithSpace(String round) {
        LocalDate today = LocalDate.now();
        return availability.days(round, today, today.plusDays(28)).stream().map(DayWithSpace::date).findFirst()
                .orElseThrow();
    }

    private static Answer uprn(String uprn) {
        return new Answer(Map.of("uprn", List.of(uprn)));
    }

    private static void saved(PageResult result) {
        assertThat(result).isNotInstanceOf(PageResult.Invalid.class);
    }
}
