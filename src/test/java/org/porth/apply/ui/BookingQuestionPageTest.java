package org.porth.apply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.porth.booking.Availability;
import org.porth.booking.DayWithSpace;
import org.porth.booking.SlotAdministration;
import org.porth.booking.SlotTime;
import org.porth.browserless.People;
import org.porth.browserless.SignedIn;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.forms.BookingAnswer;
import org.porth.identity.Role;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The collection day of a bulky waste request: the round's days with places left, in the resident's
 * language; Continue holds the day, and check your answers says until when. A day that fills before
 * Continue is said at the top and by the days, which are offered afresh.
 */
@SignedIn(name = "Mali Collection-Day", email = "mali.collection-day@example.com")
class BookingQuestionPageTest extends FormPageTest {

    /** 2 Stryd Fawr, PT1 1AA, in Castell: the south round. */
    private static final String SOUTH = "100100423058";

    @Autowired
    private Availability availability;
    @Autowired
    private SlotAdministration slots;

    @Test
    void theRoundsDaysAreOfferedWithThePlacesLeftAndTheChosenOneIsHeld() {
        String draft = draftAtTheCollectionDay();
        List<DayWithSpace> open = southDays();
        openPage(draft, "collection-day");

        assertThat(days().getListDataView().getItems().toList()).containsExactlyElementsOf(
                open.stream().map(DayWithSpace::date).toList());
        DayWithSpace first = open.getFirst();
        assertThat(days().getItemLabelGenerator().apply(first.date())).isEqualTo(
                DateText.withWeekday(first.date(), Language.ENGLISH) + " – places left: " + first.placesLeft());

        choose(first.date());
        pressContinue();

        assertThat(currentView()).isInstanceOf(QuestionPageView.class);
        assertThat(title()).startsWith("Where will you leave the items?");
        Answer held = saved(draft).get("collection-day").orElseThrow();
        assertThat(BookingAnswer.date(held)).hasValue(first.date());
        assertThat(BookingAnswer.reference(held)).get().asString().startsWith("BKG-");
    }

    @Test
    void checkYourAnswersSaysTheDayAndUntilWhenItIsHeld() {
        String draft = draftAtTheCollectionDay();
        LocalDate day = southDays().getFirst().date();
        applications.continueFrom(draft, "collection-day", Answers.NONE.with("collection-day", BookingAnswer.chosen(day, null)));
        String heldUntil = saved(draft).get("collection-day").flatMap(BookingAnswer::heldUntil)
                .map(until -> DateText.time(until, Language.ENGLISH)).orElseThrow();
        finish(draft);

        navigate("apply/draft/" + draft + "/check", CheckAnswersView.class);

        assertThat(find(Paragraph.class).all().stream().map(Paragraph::getText).toList()).contains(
                DateText.withWeekday(day, Language.ENGLISH),
                "We are holding this for you until " + heldUntil + ". Submit your request before then.");
    }

    @Test
    void inWelshTheDaysAreWelsh() {
        chooseLanguage(Language.WELSH);
        String draft = draftAtTheCollectionDay();
        DayWithSpace first = southDays().getFirst();
        openPage(draft, "collection-day");

        assertThat(title()).startsWith("Dewiswch ddiwrnod casglu");
        assertThat(days().getItemLabelGenerator().apply(first.date())).isEqualTo(
                DateText.withWeekday(first.date(), Language.WELSH) + " – lleoedd ar ôl: " + first.placesLeft());
    }

    @Test
    void continuingWithoutADaySaysToSelectOne() {
        String draft = draftAtTheCollectionDay();
        openPage(draft, "collection-day");

        pressContinue();

        assertThat(errorSummary()).containsExactly("Select a collection day");
        assertThat(fieldError(days())).hasValue("Select a collection day");
        assertThat(title()).startsWith("Error:");
        assertThat(saved(draft).get("collection-day")).isEmpty();
    }

    @Test
    void aDayThatFillsBeforeContinueIsSaidAndNoLongerOffered() {
        String draft = draftAtTheCollectionDay();
        LocalDate day = southDays().getFirst().date();
        openPage(draft, "collection-day");
        choose(day);
        SlotTime slot = new SlotTime("bulky-waste-south", day.atTime(7, 0));
        asSupervisor(() -> slots.block(slot));
        try {
            pressContinue();

            String message = "That day has just been filled. Choose another day.";
            assertThat(errorSummary()).containsExactly(message);
            assertThat(fieldError(days())).hasValue(message);
            assertThat(days().getListDataView().getItems().toList()).doesNotContain(day);
            assertThat(saved(draft).get("collection-day")).isEmpty();
        } finally {
            asSupervisor(() -> slots.reopen(slot));
        }
    }

    /** A supervisor blocks the slot meanwhile, elsewhere: this page stays as the resident left it. */
    private static void asSupervisor(Runnable work) {
        Authentication resident = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(People.officer(Role.SUPERVISOR));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(resident);
        }
    }

    @Test
    void anAppointmentOffersTheDaysTimesOnceADayIsChosen() {
        String draft = startDraft("register-birth");
        applications.continueFrom(draft, "office", Answers.NONE.with("office", Answer.of("birth-registration-porth")));
        LocalDate today = LocalDate.now();
        LocalDate day = availability.days("birth-registration-porth", today, today.plusDays(42)).getFirst().date();
        var firstTime = availability.times("birth-registration-porth", day).getFirst();
        openPage(draft, "appointment");
        assertThat(find(RadioButtonGroup.class).withId("q-appointment-time").exists()).as("no times before a day").isFalse();

        test(find(RadioButtonGroup.class).id("q-appointment")).selectItem(
                DateText.withWeekday(day, Language.ENGLISH) + " – places left: " + availability.days(
                        "birth-registration-porth", day, day).getFirst().placesLeft());

        assertThat(times().getLabel()).isEqualTo("Choose a time");
        String label = DateText.time(firstTime.start().toLocalTime(), Language.ENGLISH) + " – places left: 1";
        test(times()).selectItem(label);
        pressContinue();

        Answer held = saved(draft).get("appointment").orElseThrow();
        assertThat(BookingAnswer.time(held)).hasValue(firstTime.start().toLocalTime());
        assertThat(BookingAnswer.reference(held)).isPresent();
    }

    private String draftAtTheCollectionDay() {
        String draft = startDraft("bulky-waste");
        applications.continueFrom(draft, "address", Answers.NONE.with("address", new Answer(Map.of("uprn", List.of(SOUTH)))));
        applications.continueFrom(draft, "items", Answers.NONE.with("items", Answer.ofAll(List.of("bed-or-mattress"))));
        applications.continueFrom(draft, "item-count", Answers.NONE.with("item-count", Answer.of("2")));
        return draft;
    }

    private void finish(String draft) {
        applications.continueFrom(draft, "where", Answers.NONE.with("where", Answer.of("By the gate")));
        applications.continueFrom(draft, "reduction", Answers.NONE.with("reduction", Answer.of("no")));
        applications.continueFrom(draft, "phone", Answers.NONE.with("phone", Answer.of("01632 960 001")));
    }

    private List<DayWithSpace> southDays() {
        LocalDate today = LocalDate.now();
        return availability.days("bulky-waste-south", today, today.plusDays(28));
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<LocalTime> times() {
        return find(RadioButtonGroup.class).id("q-appointment-time");
    }

    /** As the resident does: by the radio button's words. */
    private void choose(LocalDate day) {
        test(days()).selectItem(days().getItemLabelGenerator().apply(day));
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<LocalDate> days() {
        return find(RadioButtonGroup.class).id("q-collection-day");
    }
}
