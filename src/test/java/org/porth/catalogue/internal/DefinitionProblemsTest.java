package org.porth.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.porth.catalogue.ServiceDefinition;

/**
 * A definition with a mistake is reported with its file, its line and what is wrong, so a council
 * can fix it without a developer. Each file under {@code definitions/} in the test resources is
 * {@code valid.yaml} with one mistake.
 */
class DefinitionProblemsTest {

    private static final Set<String> TOPICS = Set.of("waste", "housing");

    @Test
    void theValidDefinitionHasNoProblems() {
        Problems problems = new Problems();
        Optional<ServiceDefinition> read = read("valid", problems);

        assertThat(problems.all()).isEmpty();
        assertThat(read).get().satisfies(service -> {
            assertThat(service.id()).isEqualTo("valid");
            assertThat(service.pages()).hasSize(2);
            assertThat(service.question("bin-type").orElseThrow().options()).hasSize(2);
            assertThat(service.caseSummary()).containsExactly("bin-type", "collection-date");
        });
    }

    @Test
    void aChoiceWithoutOptions() {
        assertThat(problemsIn("no-options")).containsExactly(
                "services/no-options.yaml line 18: question 'bin-type' is single-choice but has no options");
    }

    @Test
    void optionsOnAQuestionThatIsNotAChoice() {
        assertThat(problemsIn("options-on-text")).containsExactly("services/options-on-text.yaml line 31: question"
                + " 'collection-date' is date, so it cannot have options (only single-choice and multiple-choice can)");
    }

    @Test
    void aMisspeltKeyIsNamedWithTheKeyItProbablyMeant() {
        assertThat(problemsIn("typo-in-key")).containsExactly(
                "services/typo-in-key.yaml line 20: unknown key 'lable' in question 'bin-type' (did you mean 'label'?)",
                "services/typo-in-key.yaml line 18: question 'bin-type' has no 'label'");
    }

    @Test
    void everyTextNeedsEnglishAndWelsh() {
        assertThat(problemsIn("no-welsh")).containsExactly(
                "services/no-welsh.yaml line 20: 'label' in question 'bin-type' has no Welsh text ('cy')");
        assertThat(problemsIn("blank-english")).containsExactly(
                "services/blank-english.yaml line 4: 'summary' in the service has no English text ('en')");
    }

    @Test
    void idsAreLowerCaseWordsAndUnique() {
        assertThat(problemsIn("bad-id")).containsExactly("services/bad-id.yaml line 28: question id 'Collection_Date'"
                + " must be lower-case letters, digits and hyphens, such as 'bin-type'");
        assertThat(problemsIn("repeated-id")).containsExactly(
                "services/repeated-id.yaml line 28: question id 'bin-type' is used twice (first on line 18)");
        assertThat(problemsIn("another-id")).containsExactly("services/another-id.yaml line 2: service id"
                + " 'missed-bins' does not match the file name, which says 'another-id'");
    }

    @Test
    void anUnknownQuestionTypeListsTheKnownOnes() {
        assertThat(problemsIn("unknown-type")).containsExactly("services/unknown-type.yaml line 29: unknown question"
                + " type 'dropdown' (known: short-text, long-text, number, money, date, yes-no, single-choice,"
                + " multiple-choice, email, uk-phone, uk-postcode, address, location, file-upload, declaration,"
                + " booking)");
    }

    @Test
    void aConditionLooksBackAtAnswersTheQuestionCanHave() {
        assertThat(problemsIn("condition-looks-ahead")).containsExactly("services/condition-looks-ahead.yaml line 17:"
                + " the show-if of page 'bin-type' refers to 'collection-date', which is not an earlier question");
        assertThat(problemsIn("condition-unknown-answer")).containsExactly("services/condition-unknown-answer.yaml"
                + " line 27: the show-if of page 'collection-date' refers to the answer 'compost', which question"
                + " 'bin-type' does not have (it has: general, garden)");
        assertThat(problemsIn("condition-on-typed-answer")).containsExactly("services/condition-on-typed-answer.yaml"
                + " line 35: the 'when' of an exit of page 'collection-date' compares the date question"
                + " 'collection-date' with values; only choices, yes-no and declarations have fixed answers, so use"
                + " 'answered: true'");
    }

    @Test
    void aRuleMustFitTheQuestionType() {
        assertThat(problemsIn("rule-for-another-type")).containsExactly("services/rule-for-another-type.yaml line 33:"
                + " question 'collection-date' is date, so it cannot have the rule 'max-length' (only long-text and"
                + " short-text can)");
    }

    @Test
    void aPatternMustCompileAndHaveItsOwnMessage() {
        assertThat(problemsIn("bad-pattern")).containsExactly("services/bad-pattern.yaml line 32: 'pattern' in the"
                + " validation of question 'collection-date' is not a valid regular expression: Unclosed character"
                + " class near position 3");
        assertThat(problemsIn("pattern-without-message")).containsExactly("services/pattern-without-message.yaml"
                + " line 28: question 'collection-date' has a 'pattern' rule but no 'pattern' message in 'errors'");
    }

    @Test
    void aQuestionThatCanGiveErrorsNeedsANameForThem() {
        assertThat(problemsIn("no-name")).containsExactly("services/no-name.yaml line 28: question 'collection-date'"
                + " has no 'name' for its error messages, such as \"Enter {name}\" (or give its messages in 'errors':"
                + " required, date-incomplete, real-date, date-too-late)");
    }

    @Test
    void messagesAndPrefillsMustFitTheQuestion() {
        assertThat(problemsIn("messages-never-given")).containsExactly(
                "services/messages-never-given.yaml line 34: question 'collection-date' is date, so it cannot be"
                        + " prefilled from 'email' (only email questions can)",
                "services/messages-never-given.yaml line 36: question 'collection-date' never gives a 'too-small' error,"
                        + " so 'errors' cannot override it (it can give: required, date-incomplete, real-date, date-too-late)");
    }

    @Test
    void valuesOfTheWrongType() {
        assertThat(problemsIn("wrong-value-types")).containsExactly(
                "services/wrong-value-types.yaml line 9: 'target' in the service level must be a whole number",
                "services/wrong-value-types.yaml line 32: 'required' in question 'collection-date' must be true or false",
                "services/wrong-value-types.yaml line 33: 'not-after' in the validation of question 'collection-date'"
                        + " must be a date such as 2020-01-31, 'today', or a time from today such as -18y, +6m or -30d");
    }

    @Test
    void topicsChannelsKindsAndUnitsMustExist() {
        assertThat(problemsIn("unknown-names")).containsExactly(
                "services/unknown-names.yaml line 6: topic 'wast' does not exist (known: housing, waste)",
                "services/unknown-names.yaml line 7: unknown kind 'form' (known: application, report, booking)",
                "services/unknown-names.yaml line 8: unknown channel 'email' (known: web, phone, face-to-face, api, device)",
                "services/unknown-names.yaml line 9: unknown unit 'days' (known: working-days, working-hours)");
    }

    @Test
    void uploadLimitsMustBeSane() {
        assertThat(problemsIn("insane-upload")).containsExactly(
                "services/insane-upload.yaml line 32: 'max-files' in the upload of question 'collection-date' must be"
                        + " from 1 to 10",
                "services/insane-upload.yaml line 32: 'max-file-size' in the upload of question 'collection-date'"
                        + " must be a size from 1KB to 20MB, such as 10MB",
                "services/insane-upload.yaml line 32: unknown file type 'gif' (known: jpeg, png, heic, pdf)");
    }

    @Test
    void aServiceNeedsADeclarationAndABookingNeedsItsSettings() {
        assertThat(problemsIn("no-declaration")).containsExactly(
                "services/no-declaration.yaml line 2: the service has no 'declaration'");
        assertThat(problemsIn("booking-without-settings")).containsExactly(
                "services/booking-without-settings.yaml line 7: the service is a booking, so it needs 'booking' settings");
    }

    @Test
    void aBookingQuestionNeedsWhatItBooksAndItsAddressFirst() {
        assertThat(problemsIn("booking-question-without-resource")).containsExactly(
                "services/booking-question-without-resource.yaml line 2: question 'day' is a booking question, so the"
                        + " service needs 'booking: resource:' to say what it books");
        assertThat(problemsIn("booking-address-after")).containsExactly(
                "services/booking-address-after.yaml line 50: address question 'address' must come on a page before"
                        + " booking question 'day', whose days depend on it");
    }

    @Test
    void aFileThatIsNotYamlSaysWhereItStopsBeingYaml() {
        assertThat(problemsIn("not-yaml")).containsExactly("services/not-yaml.yaml line 4: not valid YAML: found"
                + " character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)");
    }

    @Test
    void aCaseSummaryNamesQuestionsOfTheFormThatSayWhatTheRequestIsAbout() {
        assertThat(problemsIn("bad-case-summary")).containsExactly(
                "services/bad-case-summary.yaml line 14: question 'bin-colour' is not in the form",
                "services/bad-case-summary.yaml line 14: question 'confirm' is a yes-no question, which cannot say"
                        + " what a request is about");
    }

    @Test
    void aDefinitionWithAProblemIsNotRead() {
        assertThat(read("no-options", new Problems())).isEmpty();
    }

    @Test
    void aServiceOfferedOverOpen311NeedsTheApiChannelATextDescriptionAndNoRequiredQuestionOpen311CannotAnswer() {
        assertThat(problemsIn("open311-unanswerable")).containsExactly(
                "services/open311-unanswerable.yaml line 14: the service is offered over Open311, so its channels need 'api'",
                "services/open311-unanswerable.yaml line 14: question 'photo' is a required file-upload question,"
                        + " which Open311 cannot answer",
                "services/open311-unanswerable.yaml line 14: question 'collection-date' is not a short-text or"
                        + " long-text question of the form");
    }

    private static List<String> problemsIn(String id) {
        Problems problems = new Problems();
        read(id, problems);
        return problems.all();
    }

    private static Optional<ServiceDefinition> read(String id, Problems problems) {
        YamlFile file = new YamlFile("services/" + id + ".yaml", TestDefinitions.text(id), problems);
        return DefinitionReader.read(file, id, TOPICS);
    }
}
