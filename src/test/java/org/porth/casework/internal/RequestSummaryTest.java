package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.porth.catalogue.Channel;
import org.porth.catalogue.Option;
import org.porth.catalogue.Page;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.ServiceKind;
import org.porth.catalogue.Text;
import org.porth.forms.Answer;
import org.porth.forms.Answers;

/** The line that tells staff in a queue what a request is about, in English and in Welsh. */
class RequestSummaryTest {

    private static final Question NAME = question("name", QuestionType.SHORT_TEXT, "name");
    private static final Question PROBLEM = choice("problem", QuestionType.SINGLE_CHOICE,
            new Option("leak", new Text("Leaking pipe", "Pibell yn gollwng"), null),
            new Option("damp", new Text("Damp or mould", "Lleithder neu lwydni"), null));
    private static final Question ROOMS = choice("rooms", QuestionType.MULTIPLE_CHOICE,
            new Option("kitchen", new Text("Kitchen", "Cegin"), null),
            new Option("bathroom", new Text("Bathroom", "Ystafell ymolchi"), null));
    private static final Question WHERE = question("where", QuestionType.SHORT_TEXT, null);
    private static final Question WHEN = question("when", QuestionType.DATE, null);
    private static final Question DETAILS = question("details", QuestionType.LONG_TEXT, null);

    @Test
    void theAnswersTheServiceNamesInItsOrderWithOptionsByTheirLabels() {
        ServiceDefinition service = service(List.of("rooms", "problem", "when"));
        Answers answers = Answers.NONE.with("problem", Answer.of("leak"))
                .with("rooms", Answer.ofAll(List.of("kitchen", "bathroom"))).with("when", Answer.of("2026-03-27"));

        assertThat(RequestSummary.of(service, answers)).isEqualTo(new Text(
                "Kitchen, Bathroom – Leaking pipe – 27 March 2026", "Cegin, Ystafell ymolchi – Pibell yn gollwng – 27 Mawrth 2026"));
    }

    @Test
    void aQuestionLeftUnansweredIsLeftOut() {
        Answers answers = Answers.NONE.with("problem", Answer.of("damp")).with("where", Answer.of("  "));

        assertThat(RequestSummary.of(service(List.of("where", "problem")), answers))
                .isEqualTo(new Text("Damp or mould", "Lleithder neu lwydni"));
    }

    @Test
    void byDefaultTheFirstChoiceAndTheFirstShortTextThatIsNotFromTheResidentsProfile() {
        Answers answers = Answers.NONE.with("name", Answer.of("Sam Taylor")).with("rooms", Answer.of("bathroom"))
                .with("problem", Answer.of("leak")).with("where", Answer.of("Under the  sink"));

        assertThat(RequestSummary.of(service(List.of()), answers))
                .isEqualTo(new Text("Leaking pipe – Under the sink", "Pibell yn gollwng – Under the sink"));
    }

    @Test
    void aLongAnswerIsCutAtAWordWithAnEllipsis() {
        String words = "The water comes through the ceiling whenever the upstairs bath is emptied. ".repeat(5);

        String line = RequestSummary.of(service(List.of("details")), Answers.NONE.with("details", Answer.of(words))).en();

        assertThat(line).hasSizeLessThanOrEqualTo(RequestSummary.MAX_LENGTH).endsWith("…")
                .startsWith("The water comes through the ceiling");
        String kept = line.substring(0, line.length() - 1);
        assertThat(words).startsWith(kept);
        assertThat(words.charAt(kept.length())).as("cut between words").isEqualTo(' ');
    }

    @Test
    void aRequestWithNothingToSummariseHasAnEmptyLine() {
        assertThat(RequestSummary.of(service(List.of()), Answers.NONE.with("name", Answer.of("Sam Taylor"))))
                .isEqualTo(new Text("", ""));
    }

    private static ServiceDefinition service(List<String> caseSummary) {
        Text name = new Text("Report a repair", "Rhoi gwybod am atgyweiriad");
        Page page = new Page("all", null, null, List.of(NAME, WHERE, PROBLEM, ROOMS, WHEN, DETAILS), List.of());
        return new ServiceDefinition("repair", 1, name, name, "housing", Set.of(), Map.of(), ServiceKind.REPORT,
                Set.of(Channel.WEB), null, null, null, List.of(page), null, null, caseSummary);
    }

    private static Question question(String id, QuestionType type, String prefill) {
        return new Question(id, type, new Text(id, id), null, new Text(id, id), false, null, List.of(), null, prefill,
                null, null);
    }

    private static Question choice(String id, QuestionType type, Option... options) {
        return new Question(id, type, new Text(id, id), null, new Text(id, id), true, null, List.of(options), null, null,
                null, null);
    }
}
