package org.porth.resident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.resident.ContactPreferences;
import org.porth.resident.PersonName;
import org.porth.shared.Language;

/** The pages that change the resident's name, date of birth, phone, email and how we contact them. */
class ProfileEditPagesTest extends ProfilePageTest {

    @BeforeEach
    void signInFirst() {
        signInAsNewResident();
    }

    @Test
    void myAccountLinksToThePageThatChangesEachDetail() {
        navigate(MyAccountView.class);

        test(find(RouterLink.class).withCondition(link -> link.getElement().getTextRecursively()
                .equals("Change phone number")).single()).click();

        assertThat(currentView()).isInstanceOf(PhoneView.class);
        assertThat(find(H1.class).single().getElement().getTextRecursively()).isEqualTo("What is your phone number?");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("What is your phone number? – Porth County Council");
    }

    @Test
    void aPhoneNumberThatIsNotOneIsExplainedAndKeptAsTyped() {
        navigate(PhoneView.class);
        type(PhoneView.FIELD_ID, "0161 CALL ME");

        press("my-account.form.save");

        assertThat(currentView()).isInstanceOf(PhoneView.class);
        assertThat(errorSummary()).containsExactly("Enter a phone number, like 01632 960 001 or 07700 900 982");
        assertThat(errorAt(PhoneView.FIELD_ID)).isEqualTo("Error: Enter a phone number, like 01632 960 001 or 07700 900 982");
        assertThat(typed(PhoneView.FIELD_ID)).isEqualTo("0161 CALL ME");
        assertThat(profile().phone()).isNull();
    }

    @Test
    void anEmptyPhoneNumberIsAskedFor() {
        navigate(PhoneView.class);

        press("my-account.form.save");

        assertThat(errorSummary()).containsExactly("Enter your phone number");
    }

    @Test
    void aGoodPhoneNumberIsSavedAndConfirmed() {
        navigate(PhoneView.class);
        type(PhoneView.FIELD_ID, "  07700 900 982 ");

        press("my-account.form.save");

        assertBackOnMyAccountSaying("We have updated your phone number.");
        assertThat(ProfileRows.of(currentView())).contains("Phone number: 07700 900 982 (Change phone number)");
        assertThat(profile().phone()).isEqualTo("07700 900 982");
    }

    @Test
    void theNamePageNeedsAFirstNameAndAcceptsNoLastName() {
        navigate(NameView.class);
        assertThat(typed(NameView.GIVEN_ID)).isEqualTo("Ceri");
        type(NameView.GIVEN_ID, " ");
        type(NameView.FAMILY_ID, "x".repeat(101));

        press("my-account.form.save");

        assertThat(errorSummary()).containsExactly("Enter your first name", "Last name must be 100 characters or fewer");
        assertThat(typed(NameView.FAMILY_ID)).hasSize(101);

        type(NameView.GIVEN_ID, "Ceri Wyn");
        type(NameView.FAMILY_ID, "");
        press("my-account.form.save");

        assertBackOnMyAccountSaying("We have updated your name.");
        assertThat(profile().name()).isEqualTo(new PersonName("Ceri Wyn", ""));
    }

    @Test
    void theEmailPageExplainsAnAddressInTheWrongFormat() {
        navigate(EmailView.class);
        assertThat(typed(EmailView.FIELD_ID)).isEqualTo(resident.email);
        type(EmailView.FIELD_ID, "ceri at example.com");

        press("my-account.form.save");

        assertThat(errorSummary()).containsExactly("Enter an email address in the correct format, like name@example.com");
        assertThat(profile().email()).isEqualTo(resident.email);

        type(EmailView.FIELD_ID, "Ceri.New@Example.com");
        press("my-account.form.save");

        assertBackOnMyAccountSaying("We have updated your email address.");
        assertThat(profile().email()).isEqualTo("ceri.new@example.com");
    }

    @Test
    void eachKindOfBadDateOfBirthHasItsOwnMessageAndMarksItsBoxes() {
        navigate(DateOfBirthView.class);

        assertThat(dateProblem("", "", "")).isEqualTo("Enter your date of birth");
        assertThat(dateProblem("12", "", "")).isEqualTo("Date of birth must include a month and year");
        assertThat(dateProblem("12", "3", "")).isEqualTo("Date of birth must include a year");
        assertThat(dateProblem("12", "3", "85")).isEqualTo("Year must include 4 numbers");
        assertThat(dateProblem("31", "2", "1990")).isEqualTo("Date of birth must be a real date");
        assertThat(dateProblem("1", "March", "1990")).isEqualTo("Date of birth must be a real date");
        assertThat(dateProblem("1", "1", String.valueOf(LocalDate.now().getYear() + 1)))
                .isEqualTo("Date of birth must be in the past");
        assertThat(dateProblem("1", "1", "1850")).isEqualTo("Date of birth must be on or after 1 January 1900");
        assertThat(typed("date-of-birth-year")).as("what was typed stays").isEqualTo("1850");
        assertThat(profile().dateOfBirth()).isNull();
    }

    @Test
    void onlyTheBoxesWithTheProblemAreMarked() {
        navigate(DateOfBirthView.class);

        dateProblem("12", "", "1985");

        assertThat(find(Input.class).id("date-of-birth-month").getClassNames())
                .contains("porth-input--error");
        assertThat(find(Input.class).id("date-of-birth-day").getClassNames())
                .doesNotContain("porth-input--error");
    }

    @Test
    void aDateOfBirthIsSavedAndShownInThePagesLanguage() {
        navigate(DateOfBirthView.class);
        type("date-of-birth-day", "12");
        type("date-of-birth-month", "03");
        type("date-of-birth-year", "1985");

        press("my-account.form.save");

        assertBackOnMyAccountSaying("We have updated your date of birth.");
        assertThat(ProfileRows.of(currentView())).contains("Date of birth: 12 March 1985 (Change date of birth)");
        chooseLanguage(Language.WELSH);
        assertThat(ProfileRows.of(currentView())).contains("Dyddiad geni: 12 Mawrth 1985 (Newid dyddiad geni)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void textMessagesNeedAPhoneNumberFirst() {
        navigate(ContactPreferencesView.class);
        CheckboxGroup<ContactChannel> channels = find(CheckboxGroup.class).single();
        assertThat(channels.getValue()).containsExactly(ContactChannel.EMAIL);
        test(channels).selectItem("Text message");

        press("my-account.form.save");

        assertThat(errorSummary()).containsExactly("To get text messages, first add your phone number");
        assertThat(channels.isInvalid()).isTrue();
        assertThat(channels.getValue()).containsExactlyInAnyOrder(ContactChannel.EMAIL, ContactChannel.TEXT_MESSAGE);
        assertThat(profile().contactPreferences()).isEqualTo(ContactPreferences.DEFAULT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void someWayOfContactIsNeeded() {
        navigate(ContactPreferencesView.class);
        test(find(CheckboxGroup.class).single()).deselectAll();

        press("my-account.form.save");

        assertThat(errorSummary()).containsExactly("Select how we can contact you");
    }

    @Test
    @SuppressWarnings("unchecked")
    void contactPreferencesAreSaved() {
        navigate(ContactPreferencesView.class);
        CheckboxGroup<ContactChannel> channels = find(CheckboxGroup.class).single();
        test(channels).deselectItem("Email");

        press("my-account.form.save");

        assertThat(errorSummary()).containsExactly("Select how we can contact you");
        test(channels).selectItem("Email");
        press("my-account.form.save");
        assertBackOnMyAccountSaying("We have updated how we contact you.");
    }

    private String dateProblem(String day, String month, String year) {
        type("date-of-birth-day", day);
        type("date-of-birth-month", month);
        type("date-of-birth-year", year);
        press("my-account.form.save");
        assertThat(errorSummary()).hasSize(1);
        return errorSummary().getFirst();
    }
}
