package org.porth.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.porth.forms.Forms.answers;
import static org.porth.forms.Forms.anyOf;
import static org.porth.forms.Forms.fields;
import static org.porth.forms.Forms.option;
import static org.porth.forms.Forms.page;
import static org.porth.forms.Forms.question;
import static org.porth.forms.Forms.service;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;
import org.porth.shared.Language;

/** "Check your answers": each shown, answered question with its answer written out and its Change page. */
class AnswerSummaryTest {

    private final ServiceDefinition form = service(1,
            page("bin", question("bin", QuestionType.SINGLE_CHOICE).label("Which bin was missed?", "Pa fin a fethwyd?")
                    .options(option("general", "General waste", "Gwastraff cyffredinol"), option("garden", "Garden waste", "Gwastraff gardd"))
                    .build()),
            page("garden", anyOf("bin", "garden"), question("subscribed", QuestionType.YES_NO).label("Subscribed?", "Wedi tanysgrifio?").build()),
            page("details",
                    question("when", QuestionType.DATE).label("When was it due?", "Pryd oedd disgwyl iddo?").build(),
                    question("alone", QuestionType.YES_NO).label("Do you live alone?", "Ydych chi'n byw ar eich pen eich hun?").build(),
                    question("items", QuestionType.MULTIPLE_CHOICE).label("Items", "Eitemau")
                            .options(option("sofa", "Sofa", "Soffa"), option("fridge", "Fridge", "Oergell")).build(),
                    question("fee", QuestionType.MONEY).label("Fee", "Ffi").build(),
                    question("notes", QuestionType.LONG_TEXT).label("Notes", "Nodiadau").optional().build()),
            page("where",
                    question("home", QuestionType.ADDRESS).label("Your address", "Eich cyfeiriad").build(),
                    question("spot", QuestionType.LOCATION).label("Where is it?", "Ble mae e?").build(),
                    question("gps", QuestionType.LOCATION).label("Position", "Safle").build()),
            page("evidence",
                    question("photos", QuestionType.FILE_UPLOAD).label("Photos", "Lluniau").build(),
                    question("count", QuestionType.NUMBER).label("Bags", "Bagiau").build(),
                    question("declare", QuestionType.DECLARATION).label("Declaration", "Datganiad").build()));

    private final Answers answers = answers(
            "bin", "general", "subscribed", "no",
            "when", fields("value", "2024-01-01", "day", "1", "month", "1", "year", "2024"),
            "alone", "yes",
            "items", fields("value", "sofa", "value", "fridge"),
            "fee", "1200.00",
            "notes", "Line one\nLine two",
            "home", fields("uprn", "100023336956", "line1", "Flat 2", "line2", "14 Heol y Castell", "town", "Porth", "postcode", "CF10 1EP", "ward", "Castell"),
            "spot", fields("usrn", "12345678", "street", "Stryd Fawr", "town", "Porth", "description", "By the post box"),
            "gps", fields("latitude", "51.48", "longitude", "-3.18"),
            "photos", fields("file", "f-photo", "file", "f-letter"),
            "count", "3",
            "declare", "confirmed");

    private final AnswerSummary summary = new AnswerSummary();

    private List<SummaryRow> rows(Language language) {
        return summary.rows(form, answers, language, FakeStoredFiles.withSomeFiles());
    }

    @Test
    void listsShownAnsweredQuestionsInOrderWithTheirChangePage() {
        assertThat(rows(Language.ENGLISH)).extracting(SummaryRow::questionId)
                .as("the hidden garden page's answer is left out")
                .containsExactly("bin", "when", "alone", "items", "fee", "notes", "home", "spot", "gps", "photos", "count", "declare");
        assertThat(rows(Language.ENGLISH)).extracting(SummaryRow::pageId)
                .containsExactly("bin", "details", "details", "details", "details", "details", "where", "where", "where",
                        "evidence", "evidence", "evidence");
    }

    @Test
    void writesAnswersOutInEnglish() {
        assertThat(rows(Language.ENGLISH)).extracting(SummaryRow::label, SummaryRow::lines).containsExactly(
                row("Which bin was missed?", "General waste"),
                row("When was it due?", "1 January 2024"),
                row("Do you live alone?", "Yes"),
                row("Items", "Sofa", "Fridge"),
                row("Fee", "£1,200.00"),
                row("Notes", "Line one", "Line two"),
                row("Your address", "Flat 2", "14 Heol y Castell", "Porth", "CF10 1EP"),
                row("Where is it?", "By the post box", "Stryd Fawr", "Porth"),
                row("Position", "Latitude 51.48, longitude -3.18"),
                row("Photos", "pothole.jpg", "letter.pdf"),
                row("Bags", "3"),
                row("Declaration", "Confirmed"));
    }

    @Test
    void writesAnswersOutInWelsh() {
        assertThat(rows(Language.WELSH)).extracting(SummaryRow::label, SummaryRow::lines).containsExactly(
                row("Pa fin a fethwyd?", "Gwastraff cyffredinol"),
                row("Pryd oedd disgwyl iddo?", "1 Ionawr 2024"),
                row("Ydych chi'n byw ar eich pen eich hun?", "Ie"),
                row("Eitemau", "Soffa", "Oergell"),
                row("Ffi", "£1,200.00"),
                row("Nodiadau", "Line one", "Line two"),
                row("Eich cyfeiriad", "Flat 2", "14 Heol y Castell", "Porth", "CF10 1EP"),
                row("Ble mae e?", "By the post box", "Stryd Fawr", "Porth"),
                row("Safle", "Lledred 51.48, hydred -3.18"),
                row("Lluniau", "pothole.jpg", "letter.pdf"),
                row("Bagiau", "3"),
                row("Datganiad", "Wedi cadarnhau"));
    }

    @Test
    void aPropertyLocationShowsItsDescriptionAndAddress() {
        Answers property = answers("spot", fields("uprn", "100023336957", "line1", "3 Stryd Fawr", "town", "Porth",
                "postcode", "CF10 1EP", "description", "Outside"));

        assertThat(summary.rows(form, property, Language.ENGLISH, FakeStoredFiles.withSomeFiles()))
                .extracting(SummaryRow::lines).containsExactly(List.of("Outside", "3 Stryd Fawr", "Porth", "CF10 1EP"));
    }

    @Test
    void anAnswerNotYetValidIsShownAsTyped() {
        Answers typed = answers("when", fields("day", "31", "month", "2", "year", "2024"), "fee", "lots");

        assertThat(summary.rows(form, typed, Language.ENGLISH, FakeStoredFiles.withSomeFiles()))
                .extracting(SummaryRow::lines).containsExactly(List.of("31/2/2024"), List.of("lots"));
    }

    private static Tuple row(String label, String... lines) {
        return tuple(label, List.of(lines));
    }
}
