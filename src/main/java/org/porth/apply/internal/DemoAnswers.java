package org.porth.apply.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.porth.catalogue.Option;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.forms.FormCheck;
import org.porth.gazetteer.Gazetteer;
import org.porth.gazetteer.Street;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Answers for a demo request (decision 0066): every question answered plainly, checked by the form
 * engine as any channel's are, about a place in a street of the council's gazetteer, so that the case
 * has a ward, a point on the map and its service's routing. A repeat report names the same place.
 */
@Component
@Profile("!prod")
public class DemoAnswers {

    private final Gazetteer gazetteer;
    private final FormCheck check;
    private final double latitude;
    private final double longitude;
    private volatile List<Street> streets;

    DemoAnswers(Gazetteer gazetteer, FormCheck check,
            @Value("${porth.demo.activity.latitude:51.6}") double latitude,
            @Value("${porth.demo.activity.longitude:-3.9}") double longitude) {
        this.gazetteer = gazetteer;
        this.check = check;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public Answers of(ServiceDefinition service, int place) {
        Optional<Street> street = street(place);
        Answers raw = Answers.NONE;
        for (Question question : service.questions()) {
            Optional<Answer> answer = raw(question, street, place);
            if (answer.isPresent()) {
                raw = raw.with(question.id(), answer.get());
            }
        }
        Answers checked = check.check(service, raw, null).answers();
        for (Question question : service.questions()) {
            Optional<Answer> answer = checked.get(question.id());
            if (answer.isPresent() && street.isPresent()) {
                checked = checked.with(question.id(), new Answer(placed(question.type(), answer.get().fields(), street.get(), place)));
            }
        }
        return checked;
    }

    /**
     * A typed-in address has no ward of its own: the street's makes the case countable by ward. A
     * location is put at its place along the street, about 110 m apart, so that only a report of the
     * same place is a repeat (within 50 m), not every report in the street.
     */
    private Map<String, List<String>> placed(QuestionType type, Map<String, List<String>> fields, Street street, int place) {
        HashMap<String, List<String>> more = new HashMap<>(fields);
        if (type == QuestionType.ADDRESS) {
            more.put("usrn", List.of(street.usrn()));
        } else if (type == QuestionType.LOCATION) {
            more.put("latitude", List.of(String.valueOf(street.latitude() + 0.001 * (place / streets.size()))));
            more.put("longitude", List.of(String.valueOf(street.longitude())));
        }
        return Map.copyOf(more);
    }

    private static Optional<Answer> raw(Question question, Optional<Street> street, int place) {
        String number = String.valueOf(1 + place % 60);
        return switch (question.type()) {
            case SHORT_TEXT, LONG_TEXT -> Optional.of(Answer.of("Reported for the demonstration year"));
            case NUMBER -> Optional.of(Answer.of("1"));
            case YES_NO -> Optional.of(Answer.of("no"));
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.options().stream().findFirst().map(Option::value).map(Answer::of);
            case EMAIL -> Optional.of(Answer.of("demo@example.org"));
            case UK_PHONE -> Optional.of(Answer.of("01632 960000"));
            case ADDRESS -> street.map(found -> new Answer(Map.of("line1", List.of(number + " " + found.name()),
                    "town", List.of(found.town()), "postcode", List.of("PT1 1AA"))));
            case LOCATION -> street.map(found -> new Answer(Map.of("usrn", List.of(found.usrn()),
                    "description", List.of("Outside number " + number))));
            default -> Optional.empty();
        };
    }

    private Optional<Street> street(int place) {
        if (streets == null) {
            streets = gazetteer.streetsNear(latitude, longitude, 20_000);
        }
        return streets.isEmpty() ? Optional.empty() : Optional.of(streets.get(place % streets.size()));
    }
}
