package org.porth.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.porth.attachments.StoredFiles;
import org.porth.catalogue.Option;
import org.porth.catalogue.Question;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shared.Translations;

/**
 * An answer written out for the resident, line by line, in their language. Answers are normally
 * stored normalised; anything that is not is shown as it was typed rather than hidden.
 */
final class AnswerLines {

    private final Language language;
    private final StoredFiles files;

    AnswerLines(Language language, StoredFiles files) {
        this.language = language;
        this.files = files;
    }

    List<String> of(Question question, Answer answer) {
        return switch (question.type()) {
            case LONG_TEXT -> answer.value().orElse("").lines().toList();
            case MONEY -> List.of(money(answer.value().orElse("")));
            case DATE -> List.of(date(answer));
            case YES_NO -> List.of(yesNo(answer.value().orElse("")));
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> answer.values(Answer.VALUE).stream().map(value -> optionLabel(question, value)).toList();
            case ADDRESS -> address(answer);
            case LOCATION -> location(answer);
            case FILE_UPLOAD -> answer.values(Answer.FILE).stream().map(files::find).flatMap(Optional::stream)
                    .map(StoredFiles.StoredFile::name).toList();
            case DECLARATION -> List.of(Translations.get(language, "form.answer.confirmed"));
            case BOOKING -> booking(answer);
            default -> List.of(answer.value().orElse(""));
        };
    }

    private static String money(String value) {
        try {
            return MoneyValidator.display(new BigDecimal(value));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private String date(Answer answer) {
        try {
            return DateText.format(LocalDate.parse(answer.value().orElse("")), language);
        } catch (DateTimeParseException e) {
            return String.join("/", answer.field(DateValidator.DAY).orElse(""),
                    answer.field(DateValidator.MONTH).orElse(""), answer.field(DateValidator.YEAR).orElse(""));
        }
    }

    /** The day (and time), then until when it is held, before Submit confirms it. */
    private List<String> booking(Answer answer) {
        List<String> lines = new ArrayList<>();
        BookingAnswer.date(answer).ifPresent(date -> lines.add(DateText.withWeekday(date, language)
                + BookingAnswer.time(answer).map(time -> ", " + DateText.time(time, language)).orElse("")));
        BookingAnswer.heldUntil(answer).ifPresent(until ->
                lines.add(Translations.get(language, "form.answer.held-until", DateText.time(until, language))));
        return lines;
    }

    private String yesNo(String value) {
        return switch (value) {
            case ChoiceValidator.YES -> Translations.get(language, "form.answer.yes");
            case ChoiceValidator.NO -> Translations.get(language, "form.answer.no");
            default -> value;
        };
    }

    private String optionLabel(Question question, String value) {
        return question.options().stream().filter(option -> option.value().equals(value))
                .map(Option::label).filter(Objects::nonNull).map(label -> label.in(language))
                .findFirst().orElse(value);
    }

    private static List<String> address(Answer answer) {
        List<String> lines = new ArrayList<>();
        for (String field : List.of(AddressValidator.LINE1, AddressValidator.LINE2, AddressValidator.TOWN, AddressValidator.POSTCODE)) {
            AddressValidator.text(answer, field).ifPresent(lines::add);
        }
        return lines;
    }

    private List<String> location(Answer answer) {
        List<String> lines = new ArrayList<>();
        AddressValidator.text(answer, LocationValidator.DESCRIPTION).ifPresent(lines::add);
        if (answer.field(AddressValidator.UPRN).isPresent()) {
            lines.addAll(address(answer));
        } else if (answer.field(LocationValidator.USRN).isPresent()) {
            AddressValidator.text(answer, LocationValidator.STREET).ifPresent(lines::add);
            AddressValidator.text(answer, AddressValidator.TOWN).ifPresent(lines::add);
        } else {
            lines.add(Translations.get(language, "form.answer.coordinates",
                    answer.field(LocationValidator.LATITUDE).orElse(""), answer.field(LocationValidator.LONGITUDE).orElse("")));
        }
        return lines;
    }
}
