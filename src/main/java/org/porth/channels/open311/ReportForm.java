package org.porth.channels.open311;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.porth.catalogue.Open311Offer;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.gazetteer.Gazetteer;
import org.porth.gazetteer.Street;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * An Open311 {@code POST requests} as answers to the service's form, the way the web form would
 * hold them, for the form engine to check: attributes by question id, GeoReport's own fields to the
 * questions they answer ({@link FieldRole}). Nothing is judged here; wrong values go on as sent, so
 * the form engine names them with its own messages.
 */
@Component
class ReportForm {

    private final Gazetteer gazetteer;

    ReportForm(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Answers answers(ServiceDefinition service, MultiValueMap<String, String> form) {
        Open311Offer offer = service.open311();
        Map<String, Answer> answers = new HashMap<>();
        for (Question question : service.questions()) {
            Optional<Answer> answer = switch (FieldRole.of(question, offer)) {
                case LOCATION -> location(question, form);
                case EMAIL -> text(form, "email").map(Answer::of);
                case PHONE -> text(form, "phone").map(Answer::of);
                case DESCRIPTION -> text(form, "description").map(Answer::of);
                case ATTRIBUTE -> attribute(question, form);
                case NONE -> Optional.empty();
            };
            answer.ifPresent(given -> answers.put(question.id(), given));
        }
        return new Answers(answers);
    }

    static Optional<String> text(MultiValueMap<String, String> form, String name) {
        return Optional.ofNullable(form.get(name)).flatMap(values -> values.stream()
                .filter(value -> value != null && !value.isBlank()).map(String::strip).findFirst());
    }

    private static Optional<Answer> attribute(Question question, MultiValueMap<String, String> form) {
        String name = "attribute[" + question.id() + "]";
        if (question.type() == QuestionType.MULTIPLE_CHOICE) {
            List<String> values = new ArrayList<>(form.getOrDefault(name, List.of()));
            values.addAll(form.getOrDefault(name + "[]", List.of()));
            values.removeIf(value -> value == null || value.isBlank());
            return values.isEmpty() ? Optional.empty() : Optional.of(Answer.ofAll(values));
        }
        return text(form, name).map(value -> question.type() == QuestionType.DATE ? date(value) : Answer.of(value));
    }

    /** A GeoReport datetime (or a plain date) as the day, month and year a date question takes. */
    private static Answer date(String value) {
        Optional<LocalDate> date = parse(value);
        return date.map(day -> new Answer(Map.of("day", List.of(String.valueOf(day.getDayOfMonth())),
                        "month", List.of(String.valueOf(day.getMonthValue())), "year", List.of(String.valueOf(day.getYear())))))
                // not a date: the form engine says so, as it does to a resident who types one wrong
                .orElseGet(() -> new Answer(Map.of("day", List.of(value), "month", List.of(""), "year", List.of(""))));
    }

    private static Optional<LocalDate> parse(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toLocalDate());
        } catch (DateTimeParseException notADateTime) {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private Optional<Answer> location(Question question, MultiValueMap<String, String> form) {
        Optional<String> uprn = text(form, "address_id").or(() -> text(form, "attribute[" + FieldRole.UPRN + "]"));
        Optional<String> addressString = text(form, "address_string");
        Map<String, List<String>> fields = new HashMap<>();
        if (uprn.isPresent()) {
            fields.put("uprn", List.of(uprn.get()));
            addressString.filter(where -> question.type() == QuestionType.LOCATION)
                    .ifPresent(where -> fields.put("description", List.of(where)));
            return Optional.of(new Answer(fields));
        }
        if (question.type() != QuestionType.LOCATION) {
            return Optional.empty();
        }
        Optional<String> latitude = text(form, "lat");
        Optional<String> longitude = text(form, "long");
        if (latitude.isPresent() || longitude.isPresent()) {
            fields.put("latitude", List.of(latitude.orElse("")));
            fields.put("longitude", List.of(longitude.orElse("")));
            nearest(latitude, longitude).ifPresent(street -> {
                fields.put("usrn", List.of(street.usrn()));
                fields.put("description", List.of(addressString.orElse(latitude.get() + ", " + longitude.get())));
            });
            return Optional.of(new Answer(fields));
        }
        return addressString.flatMap(where -> gazetteer.streets(where).stream().findFirst()
                .map(street -> new Answer(Map.of("usrn", List.of(street.usrn()), "description", List.of(where)))));
    }

    private Optional<Street> nearest(Optional<String> latitude, Optional<String> longitude) {
        try {
            return gazetteer.nearestStreet(Double.parseDouble(latitude.orElseThrow()),
                    Double.parseDouble(longitude.orElseThrow()));
        } catch (NumberFormatException | NoSuchElementException notAPosition) {
            // the form engine names what is wrong with the position
            return Optional.empty();
        }
    }
}
