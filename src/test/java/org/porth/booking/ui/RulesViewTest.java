package org.porth.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.booking.AssistedBookings;
import org.porth.booking.BookableResource;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingPages;
import org.porth.booking.BookingResources;
import org.porth.booking.BookingStatus;
import org.porth.booking.HouseholdLimit;
import org.porth.booking.rules.RuleAdministration;
import org.porth.booking.rules.RuleChange;
import org.porth.booking.rules.RuleChange.Unit;
import org.porth.booking.SlotTime;
import org.porth.browserless.AccessibleNames;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ForbiddenView;
import org.porth.shell.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The rules page: an administrator changes a resource's rules and puts them back, in English and
 * Welsh; every mistake is shown next to its field and in the summary, keeping what was typed;
 * bookings outside new hours are asked about first; other staff are refused.
 */
class RulesViewTest extends PortalViewTest {

    private static final String RESOURCE = "test-rules-page";

    @Autowired
    private RuleAdministration rules;
    @Autowired
    private BookingResources resources;
    @Autowired
    private AssistedBookings assisted;
    @Autowired
    private StaffBookingFixtures fixtures;
    @Autowired
    private ApplicationEventPublisher events;

    /** Closed every day first, which cancels whatever a test booked, then the council's defaults. */
    @AfterEach
    void backToDefaults() {
        SecurityContextHolder.getContext().setAuthentication(People.officer(Role.ADMIN));
        RuleChange typed = RuleChange.of(defaults());
        rules.save(new RuleChange(RESOURCE, typed.capacity(), typed.horizonDays(), typed.leadTime(), typed.leadTimeUnit(),
                typed.cancelUntil(), typed.cancelUntilUnit(), typed.limitBookings(), typed.limitPer(), Map.of()),
                Optional.of("Test over"));
        rules.reset(RESOURCE, Optional.of("Test over"));
    }

    @Test
    void anAdministratorChangesTheRulesSeesWhoChangedThemAndPutsThemBack() {
        openAsAdministrator();
        assertThat(text(RuleChange.CAPACITY).getValue()).isEqualTo("4");
        assertThat(text(RuleChange.CAPACITY).getHelperText()).isEqualTo("The council's default: 4 in each slot");
        assertThat(text(RuleChange.LEAD_TIME).getValue()).isEqualTo("1");
        assertThat(unit(RuleChange.LEAD_TIME).getValue()).isEqualTo(Unit.HOURS);
        assertThat(unit(RuleChange.CANCEL_UNTIL).getValue()).isEqualTo(Unit.DAYS);
        assertThat(limitPer().getValue()).isEqualTo(HouseholdLimit.Period.WEEK);
        assertThat(opening(DayOfWeek.SATURDAY).getValue()).isEqualTo("06:00-12:00");
        assertThat(opening(DayOfWeek.SATURDAY).getLabel()).isEqualTo("Saturday");
        assertThat(find(DescriptionList.class).withId("rules-fixed").single().getElement().getTextRecursively())
                .contains("60 minutes", "Everyone");
        assertThat(lastChange()).startsWith("These are the council's defaults, from the booking resources file");
        assertThat(find(NativeButton.class).withId("reset-rules").exists()).as("nothing to put back").isFalse();

        text(RuleChange.CAPACITY).setValue("2");
        text(RuleChange.HORIZON).setValue(" 30 ");
        text(RuleChange.LEAD_TIME).setValue("30");
        unit(RuleChange.LEAD_TIME).setValue(Unit.MINUTES);
        limitPer().setValue(null);
        opening(DayOfWeek.MONDAY).setValue("9:00-12:00, 13:00–17:00");
        click("save-rules");

        assertThat(notice()).isEqualTo("Rules saved. They apply to bookings from now on.");
        assertThat(lastChange()).startsWith("Changed by Cara Jones on ");
        assertThat(opening(DayOfWeek.MONDAY).getValue()).as("as the portal writes it").isEqualTo("09:00-12:00, 13:00-17:00");
        assertThat(find(TextField.class).withId(RuleChange.LIMIT_BOOKINGS).exists()).as("no number without a limit").isFalse();
        BookableResource changed = resources.resource(RESOURCE).orElseThrow();
        assertThat(changed.capacity()).isEqualTo(2);
        assertThat(changed.horizonDays()).isEqualTo(30);
        assertThat(changed.leadTime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(changed.limit()).isEmpty();
        UI.getCurrent().navigate(BookingAdminView.class);
        assertThat(find(DescriptionList.class).withId("rules-" + RESOURCE).single().getElement().getTextRecursively())
                .contains("2 in each slot", "Monday: 09:00 to 12:00, 13:00 to 17:00", "30 minutes before the slot starts");
        assertThat(find(Paragraph.class).withId("rules-change-" + RESOURCE).single().getText()).startsWith("Changed by Cara Jones");
        Anchor change = find(Anchor.class).withId("change-rules-" + RESOURCE).single();
        assertThat(AccessibleNames.of(change)).isEqualTo("Change the rules for Test rules page");

        UI.getCurrent().navigate(change.getHref());
        click("reset-rules");

        assertThat(notice()).isEqualTo("The council's defaults apply again.");
        assertThat(lastChange())
                .startsWith("These are the council's defaults, from the booking resources file: put back by Cara Jones on ");
        assertThat(text(RuleChange.CAPACITY).getValue()).isEqualTo("4");
        assertThat(find(NativeButton.class).withId("reset-rules").exists()).as("nothing to put back").isFalse();
        assertThat(resources.resource(RESOURCE).orElseThrow().capacity()).isEqualTo(4);
    }

    @Test
    void everyMistakeIsShownNextToItsFieldAndInTheSummaryKeepingWhatWasTyped() {
        openAsAdministrator();
        text(RuleChange.CAPACITY).setValue("0");
        text(RuleChange.HORIZON).setValue("a fortnight");
        text(RuleChange.LEAD_TIME).setValue("soon");
        text(RuleChange.CANCEL_UNTIL).setValue("-2");
        text(RuleChange.LIMIT_BOOKINGS).setValue("0");
        opening(DayOfWeek.MONDAY).setValue("9-5");
        opening(DayOfWeek.TUESDAY).setValue("12:00-09:00");
        opening(DayOfWeek.WEDNESDAY).setValue("09:00-12:00, 11:00-13:00");
        opening(DayOfWeek.THURSDAY).setValue("10:00-10:30");

        click("save-rules");

        assertProblem(RuleChange.CAPACITY, "Each slot needs at least 1 place");
        assertProblem(RuleChange.HORIZON, "Enter how many days ahead as a whole number, for example 14");
        assertProblem(RuleChange.LEAD_TIME,
                "Enter the latest booking as a whole number of minutes, hours or days, for example 1 hour");
        assertProblem(RuleChange.CANCEL_UNTIL,
                "Enter the latest cancelling as a whole number of minutes, hours or days, for example 2 hours");
        assertProblem(RuleChange.LIMIT_BOOKINGS, "A household limit must allow at least 1 booking; choose No limit for none");
        String malformed = "Enter times as HH:MM-HH:MM, for example 09:00-12:30, 13:30-16:00, or leave the day empty when closed";
        assertProblem(RuleChange.opening(DayOfWeek.MONDAY), malformed);
        assertProblem(RuleChange.opening(DayOfWeek.TUESDAY), "Each closing time must be later than its opening time");
        assertProblem(RuleChange.opening(DayOfWeek.WEDNESDAY), "The times overlap: enter each part of the day once");
        assertProblem(RuleChange.opening(DayOfWeek.THURSDAY), "Each opening time must be at least one slot long");
        assertThat(summary()).containsExactly("Each slot needs at least 1 place",
                "Enter how many days ahead as a whole number, for example 14",
                "Enter the latest booking as a whole number of minutes, hours or days, for example 1 hour",
                "Enter the latest cancelling as a whole number of minutes, hours or days, for example 2 hours",
                "A household limit must allow at least 1 booking; choose No limit for none",
                "Monday: " + malformed, "Tuesday: Each closing time must be later than its opening time",
                "Wednesday: The times overlap: enter each part of the day once",
                "Thursday: Each opening time must be at least one slot long");
        assertThat(text(RuleChange.HORIZON).getValue()).isEqualTo("a fortnight");
        assertThat(opening(DayOfWeek.WEDNESDAY).getValue()).isEqualTo("09:00-12:00, 11:00-13:00");
        assertThat(text(RuleChange.CAPACITY).getValue()).isEqualTo("0");
        assertThat(resources.resource(RESOURCE).orElseThrow().capacity()).as("nothing saved").isEqualTo(4);

        text(RuleChange.CAPACITY).setValue("3");
        text(RuleChange.HORIZON).setValue("14");
        text(RuleChange.LEAD_TIME).setValue("2");
        text(RuleChange.CANCEL_UNTIL).setValue("2");
        text(RuleChange.LIMIT_BOOKINGS).setValue("1");
        List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)
                .forEach(day -> opening(day).setValue("06:00-22:00"));
        click("save-rules");

        assertThat(text(RuleChange.CAPACITY).isInvalid()).isFalse();
        assertThat(opening(DayOfWeek.MONDAY).isInvalid()).isFalse();
        assertThat(find(ErrorSummary.class).exists()).as("the summary has gone").isFalse();
        assertThat(resources.resource(RESOURCE).orElseThrow().capacity()).isEqualTo(3);
    }

    @Test
    void thePageAndItsMistakesReadInWelsh() {
        openAsAdministrator();
        chooseLanguage(Language.WELSH);

        assertThat(text(RuleChange.CAPACITY).getLabel()).isEqualTo("Lleoedd ym mhob slot");
        assertThat(text(RuleChange.CAPACITY).getHelperText()).isEqualTo("Rhagosodiad y cyngor: 4 ym mhob slot");
        assertThat(opening(DayOfWeek.MONDAY).getLabel()).isEqualTo("Dydd Llun");
        text(RuleChange.CAPACITY).setValue("1000");
        opening(DayOfWeek.MONDAY).setValue("naw tan bump");
        click("save-rules");

        assertProblem(RuleChange.CAPACITY, "Gall slot gael hyd at 999 o leoedd");
        String malformed = "Rhowch amseroedd fel HH:MM-HH:MM, er enghraifft 09:00-12:30, 13:30-16:00, neu gadewch y "
                + "diwrnod yn wag pan fydd ar gau";
        assertProblem(RuleChange.opening(DayOfWeek.MONDAY), malformed);
        assertThat(summary()).containsExactly("Gall slot gael hyd at 999 o leoedd", "Dydd Llun: " + malformed);

        text(RuleChange.CAPACITY).setValue("5");
        opening(DayOfWeek.MONDAY).setValue("08:00-18:00");
        click("save-rules");

        assertThat(notice()).isEqualTo("Rheolau wedi'u cadw. Maen nhw'n berthnasol i archebion o nawr ymlaen.");
        assertThat(lastChange()).startsWith("Newidiwyd gan Cara Jones ar ");
        assertThat(resources.resource(RESOURCE).orElseThrow().capacity()).isEqualTo(5);
    }

    @Test
    void bookingsOutsideNewHoursAreAskedAboutAndCancelledOnlyWithAReason() {
        SlotTime slot = fixtures.freshSlot(RESOURCE);
        BookingDetails booking = fixtures.bookByPhone(fixtures.caller("Nia"), slot, "rules-" + slot.start());
        DayOfWeek day = slot.start().getDayOfWeek();
        String hours = slot.start().getHour() < 12 ? "12:00-22:00" : "06:00-12:00";
        openAsAdministrator();
        opening(day).setValue(hours);

        click("save-rules");

        String question = "Bookings outside the new opening hours: 1. Nothing has been saved yet.";
        assertThat(summary()).containsExactly(question);
        Anchor time = find(Anchor.class).from(find(Div.class).withId("rules-affected").single()).single();
        assertThat(time.getText()).isEqualTo(BookingTexts.at(slot.start(), Language.ENGLISH) + " (bookings: 1)");
        assertThat(time.getHref()).isEqualTo(BookingPages.day(RESOURCE, slot.start().toLocalDate()));
        click("do-not-save");
        assertThat(find(Div.class).withId("rules-affected").exists()).as("the question has gone").isFalse();
        assertThat(opening(day).getValue()).as("what was typed stays").isEqualTo(hours);
        assertThat(resources.resource(RESOURCE)).as("nothing saved").contains(defaults());

        click("save-rules");
        click("cancel-and-save");

        assertProblem(RuleChange.CANCEL_REASON, "Enter the reason residents will see");
        assertThat(summary()).containsExactly("Enter the reason residents will see");
        text(RuleChange.CANCEL_REASON).setValue("The hall is closed that morning");
        click("cancel-and-save");

        assertThat(notice()).contains("Rules saved. They apply to bookings from now on.",
                "Bookings outside the new opening hours cancelled: 1. Each resident is told why.");
        SecurityContextHolder.getContext().setAuthentication(People.officer(Role.CASEWORKER));
        assertThat(assisted.find(booking.reference()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void capacityBelowTheBookingsListsTheTimesThatKeepThem() {
        SlotTime slot = fixtures.freshSlot(RESOURCE);
        fixtures.bookByPhone(fixtures.caller("Iwan"), slot, "above-1-" + slot.start());
        fixtures.bookByPhone(fixtures.caller("Elin"), slot, "above-2-" + slot.start());
        openAsAdministrator();
        text(RuleChange.CAPACITY).setValue("1");

        click("save-rules");

        assertThat(notice()).contains("These times already have more bookings than the new capacity of 1.",
                BookingTexts.at(slot.start(), Language.ENGLISH));
    }

    @Test
    void anotherResourcesRulesOpenInTheSamePageAndANumberIsAskedOnlyWithALimit() {
        openAsAdministrator();

        UI.getCurrent().navigate(RulesView.path("test-rules"));

        assertThat(find(H1.class).single().getText()).isEqualTo("Booking rules: Test rules");
        assertThat(find(NativeButton.class).withId("save-rules").all()).hasSize(1);
        assertThat(limitPer().getValue()).isNull();
        assertThat(find(TextField.class).withId(RuleChange.LIMIT_BOOKINGS).exists()).isFalse();
        limitPer().setValue(HouseholdLimit.Period.MONTH);
        assertThat(text(RuleChange.LIMIT_BOOKINGS).getLabel())
                .isEqualTo("Held or confirmed bookings each household may have in that period");
    }

    @Test
    void otherStaffAreRefusedAndAnUnknownResourceIsNotFound() {
        for (Role role : List.of(Role.SUPERVISOR, Role.CASEWORKER)) {
            signIn(People.officer(role));
            UI.getCurrent().navigate(RulesView.path(RESOURCE));
            assertThat(currentView()).as(role.name()).isInstanceOf(ForbiddenView.class);
        }
        signIn(People.officer(Role.ADMIN));
        UI.getCurrent().navigate(RulesView.path("no-such-resource"));
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    private BookableResource defaults() {
        return rules.rules(RESOURCE).orElseThrow().councilDefaults();
    }

    /** Signs in as an administrator, whose name the staff directory records as at a real sign-in. */
    private void openAsAdministrator() {
        Authentication administrator = People.officer(Role.ADMIN);
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(administrator, getClass()));
        signIn(administrator);
        UI.getCurrent().navigate(RulesView.path(RESOURCE));
    }

    private void assertProblem(String field, String message) {
        HasValidation input = (HasValidation) find(Component.class).withId(field).single();
        assertThat(input.isInvalid()).as(field).isTrue();
        assertThat(input.getErrorMessage()).isEqualTo(message);
    }

    private List<String> summary() {
        return find(Anchor.class).from(find(ErrorSummary.class).single()).all().stream().map(Anchor::getText).toList();
    }

    private TextField text(String id) {
        return find(TextField.class).withId(id).single();
    }

    private TextField opening(DayOfWeek day) {
        return text(RuleChange.opening(day));
    }

    @SuppressWarnings("unchecked")
    private Select<Unit> unit(String amountId) {
        return find(Select.class).withId(amountId + "-unit").single();
    }

    @SuppressWarnings("unchecked")
    private Select<HouseholdLimit.Period> limitPer() {
        return find(Select.class).withId("rules-limit-per").single();
    }

    private String notice() {
        return find(Div.class).withId("rules-notice").single().getElement().getTextRecursively();
    }

    private String lastChange() {
        return find(Paragraph.class).withId("rules-last-change").single().getText();
    }

    private void click(String id) {
        test(find(NativeButton.class).withId(id).single()).click();
    }
}
