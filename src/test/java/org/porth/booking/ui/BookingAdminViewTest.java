package org.porth.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
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
import org.porth.booking.BookingStatus;
import org.porth.booking.ClosureAdministration;
import org.porth.booking.SlotTime;
import org.porth.browserless.AccessibleNames;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.identity.Role;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ForbiddenView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The administrators' booking page: each resource's rules in English and Welsh with a link to change
 * them, closing a resource (with its mistakes shown next to the fields and in the summary), the
 * question about bookings on the days, and removing a closure; other staff are refused.
 */
class BookingAdminViewTest extends PortalViewTest {

    private static final String RESOURCE = "test-closures";

    @Autowired
    private StaffBookingFixtures fixtures;
    @Autowired
    private ClosureAdministration closures;
    @Autowired
    private AssistedBookings assisted;

    @AfterEach
    void reopenEverything() {
        SecurityContextHolder.getContext().setAuthentication(People.officer(Role.ADMIN));
        closures.current(RESOURCE).forEach(closure -> closures.reopen(closure.id()));
    }

    @Test
    void eachResourceShowsItsRulesInPlainWords() {
        openAsAdministrator();

        assertThat(rules("recycling-centre")).contains("Opening hours", "Monday: 08:00 to 16:00",
                "Sunday: 09:00 to 13:00", "15 minutes", "6 in each slot", "Up to 14 days ahead",
                "1 hour before the slot starts", "1 a week for each household (held or confirmed bookings)");
        assertThat(rules("bulky-waste-north")).contains("Tuesday: Closed", "One slot for each opening period",
                "3 days before the slot starts", "Booked byRequest a bulky waste collection");
        assertThat(rules(RESOURCE)).contains("No limit", "No service books it yet", "Until the slot starts",
                "Latest cancelling or moving");
        assertThat(text("closures-" + RESOURCE)).isEqualTo("No closures.");
        assertThat(find(Paragraph.class).withId("rules-change-recycling-centre").single().getText())
                .isEqualTo("These are the council's defaults, from the booking resources file.");
        assertThat(find(Anchor.class).withId("change-rules-recycling-centre").single().getHref())
                .isEqualTo("staff/admin/bookings/recycling-centre/rules");
    }

    @Test
    void eachChangeLinkIsCalledByTheWordsOnItThenTheResource() {
        openAsAdministrator();

        assertThat(changeLinks()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(change -> {
            assertThat(AccessibleNames.visibleText(change)).isEqualTo("Change the rules");
            assertThat(AccessibleNames.of(change)).startsWith("Change the rules for ");
        });
        assertThat(AccessibleNames.of(find(Anchor.class).withId("change-rules-recycling-centre").single()))
                .isEqualTo("Change the rules for Porth Recycling Centre");

        chooseLanguage(Language.WELSH);

        assertThat(changeLinks()).allSatisfy(change -> {
            assertThat(AccessibleNames.visibleText(change)).isEqualTo("Newid y rheolau");
            assertThat(AccessibleNames.of(change)).startsWith("Newid y rheolau ar gyfer ");
        });
    }

    @Test
    void theRulesReadInWelsh() {
        openAsAdministrator();

        chooseLanguage(Language.WELSH);

        assertThat(rules("recycling-centre")).contains("Oriau agor", "Dydd Llun: 08:00 tan 16:00", "6 ym mhob slot",
                "1 awr cyn i'r slot ddechrau", "1 yr wythnos i bob aelwyd");
        assertThat(find(NativeButton.class).withId("add-closure").single().getText()).isEqualTo("Cau'r diwrnodau hyn");
    }

    @Test
    void anAdministratorClosesAResourceAndRemovesTheClosure() {
        LocalDate first = fixtures.freshSlot(RESOURCE).start().toLocalDate().plusDays(30);
        openAsAdministrator();
        fill(RESOURCE, first, first.plusDays(1), "Closed for maintenance");

        click("add-closure");

        assertThat(text("closure-notice")).isEqualTo("Closed. Residents cannot book those days.");
        String days = DateText.withWeekday(first, Language.ENGLISH) + " to "
                + DateText.withWeekday(first.plusDays(1), Language.ENGLISH);
        assertThat(text("closures-" + RESOURCE)).contains(days + ": Closed for maintenance");
        NativeButton remove = find(NativeButton.class).withText("Remove").single();
        assertThat(remove.getElement().getAttribute("aria-label")).isEqualTo("Remove the closure of Test closures on " + days);

        test(remove).click();

        assertThat(text("closure-notice")).isEqualTo("Closure removed. Residents can book those days again.");
        assertThat(text("closures-" + RESOURCE)).isEqualTo("No closures.");
        assertThat(closures.current(RESOURCE)).isEmpty();
    }

    @Test
    void mistakesAreShownNextToTheFieldsAndInTheSummaryKeepingWhatWasTyped() {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
        openAsAdministrator();

        fill(RESOURCE, tomorrow.plusDays(3), tomorrow, "Closed for maintenance");
        click("add-closure");
        assertProblem(ClosureAdministration.LAST_FIELD, "The last day closed must be the same as or after the first day");
        assertThat(date(ClosureAdministration.FIRST_FIELD).getValue()).isEqualTo(tomorrow.plusDays(3));
        assertThat(reason().getValue()).isEqualTo("Closed for maintenance");

        fill(RESOURCE, tomorrow.minusDays(2), null, "Closed for maintenance");
        click("add-closure");
        assertProblem(ClosureAdministration.FIRST_FIELD, "The first day closed must be today or later");
        assertThat(date(ClosureAdministration.LAST_FIELD).isInvalid()).as("the earlier problem is gone").isFalse();

        fill(RESOURCE, tomorrow, null, " ");
        click("add-closure");
        assertProblem(ClosureAdministration.REASON_FIELD, "Enter the reason residents will see");
        assertThat(resource().getValue().id()).isEqualTo(RESOURCE);
        assertThat(closures.current(RESOURCE)).isEmpty();
    }

    @Test
    void bookingsOnTheDaysAreAskedAboutBeforeAnythingCloses() {
        SlotTime slot = fixtures.freshSlot(RESOURCE);
        LocalDate day = slot.start().toLocalDate();
        BookingDetails booking = fixtures.bookByPhone(fixtures.caller("Gwen"), slot, "closure-" + slot.start());
        openAsAdministrator();
        fill(RESOURCE, day, null, "Flooded");

        click("add-closure");

        assertThat(find(Anchor.class).from(find(ErrorSummary.class).single()).all()).extracting(Anchor::getText)
                .containsExactly("Bookings on these days: 1. Nothing has been closed yet.");
        assertThat(text("affected")).contains("Bookings on these days: 1. Nothing has been closed yet.",
                "A supervisor can move them one by one in the day view first.");
        Anchor dayLink = find(Anchor.class).from(find(Div.class).withId("affected").single()).single();
        assertThat(dayLink.getText()).isEqualTo(DateText.withWeekday(day, Language.ENGLISH) + " (bookings: 1)");
        assertThat(dayLink.getHref()).isEqualTo(BookingPages.day(RESOURCE, day));
        assertThat(closures.current(RESOURCE)).isEmpty();

        click("cancel-and-close");

        assertThat(text("closure-notice"))
                .isEqualTo("Closed. The bookings on those days were cancelled and the residents are told.");
        assertThat(text("closures-" + RESOURCE)).contains("Flooded");
        SecurityContextHolder.getContext().setAuthentication(People.officer(Role.CASEWORKER));
        assertThat(assisted.find(booking.reference()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void otherStaffCannotOpenIt() {
        signIn(People.officer(Role.SUPERVISOR));

        UI.getCurrent().navigate("staff/admin/bookings");

        assertThat(currentView()).isInstanceOf(ForbiddenView.class);
    }

    private void openAsAdministrator() {
        signIn(People.officer(Role.ADMIN));
        navigate(BookingAdminView.class);
    }

    private void fill(String resourceId, LocalDate first, LocalDate last, String why) {
        resource().setValue(resource().getListDataView().getItems().filter(shown -> shown.id().equals(resourceId))
                .findFirst().orElseThrow());
        date(ClosureAdministration.FIRST_FIELD).setValue(first);
        date(ClosureAdministration.LAST_FIELD).setValue(last);
        reason().setValue(why);
    }

    private void assertProblem(String field, String message) {
        HasValidation input = (HasValidation) find(Component.class).withId(field).single();
        assertThat(input.isInvalid()).isTrue();
        assertThat(input.getErrorMessage()).isEqualTo(message);
        assertThat(find(Anchor.class).from(find(ErrorSummary.class).single()).all()).extracting(Anchor::getText)
                .containsExactly(message);
    }

    @SuppressWarnings("unchecked")
    private Select<BookableResource> resource() {
        return find(Select.class).withId(ClosureAdministration.RESOURCE_FIELD).single();
    }

    private DatePicker date(String id) {
        return find(DatePicker.class).withId(id).single();
    }

    private TextField reason() {
        return find(TextField.class).withId(ClosureAdministration.REASON_FIELD).single();
    }

    private List<Anchor> changeLinks() {
        return find(Anchor.class).all().stream().filter(link -> link.getId().orElse("").startsWith("change-rules-"))
                .toList();
    }

    private String rules(String resourceId) {
        return find(DescriptionList.class).withId("rules-" + resourceId).single().getElement().getTextRecursively();
    }

    private void click(String id) {
        test(find(NativeButton.class).withId(id).single()).click();
    }

    private String text(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }
}
