package org.porth.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.forms.Forms.answered;
import static org.porth.forms.Forms.answers;
import static org.porth.forms.Forms.anyOf;
import static org.porth.forms.Forms.context;
import static org.porth.forms.Forms.fields;
import static org.porth.forms.Forms.noneOf;
import static org.porth.forms.Forms.option;
import static org.porth.forms.Forms.page;
import static org.porth.forms.Forms.pageWithExit;
import static org.porth.forms.Forms.question;
import static org.porth.forms.Forms.service;
import static org.porth.forms.Forms.text;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.porth.catalogue.EligibilityExit;
import org.porth.catalogue.Page;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;

/** Which pages show, where Continue and Back go, where a draft resumes, and eligibility exits. */
class JourneyTest {

    private static final EligibilityExit NOT_SUBSCRIBED = new EligibilityExit(noneOf("subscribed", "yes"),
            text("You cannot report a missed garden waste collection without a subscription",
                    "Ni allwch roi gwybod am gasgliad gwastraff gardd a fethwyd heb danysgrifiad"),
            text("Subscribe to garden waste collections", "Tanysgrifiwch i gasgliadau gwastraff gardd"));

    /** Report a missed bin: a page only for garden waste (with an exit), a question revealed on its page. */
    private final ServiceDefinition missedBin = service(1,
            page("bin-type", question("bin", QuestionType.SINGLE_CHOICE)
                    .options(option("general", "General", "Cyffredinol"), option("garden", "Garden", "Gardd")).build()),
            new Page("garden", null, anyOf("bin", "garden"),
                    List.of(question("subscribed", QuestionType.YES_NO).build()), List.of(NOT_SUBSCRIBED)),
            page("details",
                    question("when", QuestionType.DATE).notAfter("today").build(),
                    question("more", QuestionType.YES_NO).optional().build(),
                    question("more-details", QuestionType.LONG_TEXT).showIf(anyOf("more", "yes")).build()),
            page("contact", question("email", QuestionType.EMAIL).optional().build()),
            page("only-for-bulky", anyOf("bin", "bulky"), question("items", QuestionType.SHORT_TEXT).build()));

    private final Journey journey = new Journey(new AnswerValidator());

    private final Answers general = answers("bin", "general");
    private final Answers garden = answers("bin", "garden");

    private List<String> visible(Answers answers) {
        return journey.visiblePages(missedBin, answers).stream().map(Page::id).toList();
    }

    private static Optional<String> id(Optional<Page> page) {
        return page.map(Page::id);
    }

    @Test
    void pagesShowOnlyWhenTheirConditionHolds() {
        assertThat(visible(Answers.NONE)).containsExactly("bin-type", "details", "contact");
        assertThat(visible(general)).containsExactly("bin-type", "details", "contact");
        assertThat(visible(garden)).containsExactly("bin-type", "garden", "details", "contact");
        assertThat(journey.isVisible(missedBin, "garden", garden)).isTrue();
        assertThat(journey.isVisible(missedBin, "garden", general)).isFalse();
        assertThat(id(journey.firstPage(missedBin, Answers.NONE))).contains("bin-type");
    }

    @Test
    void continueSkipsHiddenPages() {
        assertThat(id(journey.next(missedBin, "bin-type", general))).contains("details");
        assertThat(id(journey.next(missedBin, "bin-type", garden))).contains("garden");
        assertThat(id(journey.next(missedBin, "garden", garden))).contains("details");
    }

    @Test
    void afterTheLastShownPageComesCheckYourAnswers() {
        // the definition's last page is hidden, so "contact" is the last page shown
        assertThat(journey.next(missedBin, "contact", general)).isEmpty();
        assertThat(journey.next(missedBin, "only-for-bulky", general)).isEmpty();
    }

    @Test
    void backGoesToThePreviousShownPage() {
        assertThat(id(journey.previous(missedBin, "details", garden))).contains("garden");
        assertThat(id(journey.previous(missedBin, "details", general))).contains("bin-type");
        assertThat(journey.previous(missedBin, "bin-type", general)).isEmpty();
    }

    @Test
    void fromAPageThatIsNowHiddenContinueAndBackStillFindTheirWay() {
        assertThat(id(journey.next(missedBin, "garden", general))).contains("details");
        assertThat(id(journey.previous(missedBin, "garden", general))).contains("bin-type");
    }

    @Test
    void anUnknownPageIsAProgrammingError() {
        assertThatThrownBy(() -> journey.next(missedBin, "nope", general))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }

    @Test
    void aQuestionRevealedByAnAnswerOnItsPage() {
        assertThat(journey.visibleQuestions(missedBin, "details", general)).extracting("id").containsExactly("when", "more");
        assertThat(journey.visibleQuestions(missedBin, "details", answers("bin", "general", "more", "yes")))
                .extracting("id").containsExactly("when", "more", "more-details");
        assertThat(journey.visibleQuestions(missedBin, "garden", general)).isEmpty();
    }

    @Test
    void aPageWhoseQuestionsAreAllHiddenIsNotShown() {
        ServiceDefinition form = service(1,
                page("first", question("a", QuestionType.YES_NO).build()),
                page("second", question("b", QuestionType.SHORT_TEXT).showIf(anyOf("a", "yes")).build()),
                page("third", question("c", QuestionType.SHORT_TEXT).build()));

        assertThat(journey.visiblePages(form, answers("a", "no"))).extracting(Page::id).containsExactly("first", "third");
        assertThat(id(journey.next(form, "first", answers("a", "no")))).contains("third");
    }

    @Test
    void aResumedDraftOpensAtTheFirstPageThatStillNeedsAnAnswer() {
        assertThat(id(journey.firstIncomplete(missedBin, Answers.NONE, context()))).contains("bin-type");
        assertThat(id(journey.firstIncomplete(missedBin, garden, context()))).contains("garden");
        assertThat(id(journey.firstIncomplete(missedBin, general, context()))).contains("details");
    }

    @Test
    void aFormIsCompleteWhenEveryShownRequiredQuestionIsAnswered() {
        Answers complete = answers("bin", "general", "when", fields("day", "1", "month", "6", "year", "2024"));

        // optional questions may stay empty; the garden and bulky pages are hidden
        assertThat(journey.firstIncomplete(missedBin, complete, context())).isEmpty();
        assertThat(id(journey.firstIncomplete(missedBin, complete.with("more", Answer.of("yes")), context())))
                .contains("details");
    }

    @Test
    void anAnswerThatNoLongerPassesItsChecksNeedsAnsweringAgain() {
        Answers inTheFuture = answers("bin", "general", "when", fields("day", "1", "month", "7", "year", "2024"));

        assertThat(id(journey.firstIncomplete(missedBin, inTheFuture, context()))).contains("details");
        assertThat(id(journey.firstIncomplete(missedBin, inTheFuture.with("bin", Answer.of("bulky")), context())))
                .as("an answer kept as typed after an error").contains("bin-type");
    }

    @Test
    void anEligibilityExitAfterItsPage() {
        Answers notSubscribed = garden.with("subscribed", Answer.of("no"));

        assertThat(journey.exitAfter(missedBin, "garden", notSubscribed)).contains(NOT_SUBSCRIBED);
        assertThat(journey.exitAfter(missedBin, "garden", garden.with("subscribed", Answer.of("yes")))).isEmpty();
        assertThat(journey.exitAfter(missedBin, "bin-type", notSubscribed)).isEmpty();
        assertThat(journey.firstStop(missedBin, notSubscribed)).contains(new Journey.Stop(missedBin.page("garden").orElseThrow(), NOT_SUBSCRIBED));
    }

    @Test
    void anExitOnAHiddenPageDoesNotStopAnyone() {
        // the answer to "subscribed" is left over from when the resident chose garden waste
        Answers changedMind = general.with("subscribed", Answer.of("no"));

        assertThat(journey.exitAfter(missedBin, "garden", changedMind)).isEmpty();
        assertThat(journey.firstStop(missedBin, changedMind)).isEmpty();
    }

    @Test
    void relevantDropsAnswersToQuestionsNowHidden() {
        Answers changedMind = answers("bin", "general", "subscribed", "yes", "more", "no", "more-details", "It was blocked",
                "email", "sam@example.com");

        assertThat(journey.relevant(missedBin, changedMind).byQuestion()).containsOnlyKeys("bin", "more", "email");
    }

    @Test
    void aQuestionThatDependsOnAHiddenOneIsHiddenToo() {
        ServiceDefinition chain = service(1,
                page("one", question("a", QuestionType.YES_NO).build()),
                page("two", question("b", QuestionType.YES_NO).showIf(anyOf("a", "yes")).build()),
                page("three", question("c", QuestionType.SHORT_TEXT).showIf(anyOf("b", "yes")).build()));

        Answers stale = answers("a", "no", "b", "yes", "c", "left over");

        assertThat(journey.visiblePages(chain, stale)).extracting(Page::id).containsExactly("one");
        assertThat(journey.relevant(chain, stale).byQuestion()).containsOnlyKeys("a");
    }

    @Test
    void conditionsOnMultipleChoiceAndAnswered() {
        ServiceDefinition form = service(1,
                page("items", question("items", QuestionType.MULTIPLE_CHOICE).optional()
                        .options(option("sofa", "Sofa", "Soffa"), option("fridge", "Fridge", "Oergell")).build()),
                page("fridge", anyOf("items", "fridge"), question("gas", QuestionType.YES_NO).build()),
                page("no-fridge", noneOf("items", "fridge"), question("why", QuestionType.SHORT_TEXT).build()),
                page("any", answered("items"), question("when", QuestionType.SHORT_TEXT).build()));

        Answers both = answers("items", fields("value", "sofa", "value", "fridge"));
        Answers sofa = answers("items", fields("value", "sofa"));

        assertThat(journey.visiblePages(form, both)).extracting(Page::id).containsExactly("items", "fridge", "any");
        assertThat(journey.visiblePages(form, sofa)).extracting(Page::id).containsExactly("items", "no-fridge", "any");
        assertThat(journey.visiblePages(form, Answers.NONE)).as("NONE_OF holds when nothing is chosen")
                .extracting(Page::id).containsExactly("items", "no-fridge");
        assertThat(journey.visiblePages(form, answers("items", fields("value", " Fridge ")))).as("values compare trimmed, any case")
                .extracting(Page::id).containsExactly("items", "fridge", "any");
    }
}
