package org.porth.casework.internal;

import java.util.List;
import java.util.Optional;

import org.porth.casework.GeoPoint;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.gazetteer.Address;
import org.porth.gazetteer.Gazetteer;
import org.porth.gazetteer.Street;
import org.springframework.stereotype.Component;

/**
 * Where a request's problem is: the first location question's answer, its point as the form stored
 * it (or, for answers stored without one, the gazetteer's point for its property or street), named
 * by the gazetteer's words: the street and town, or the property's first line and town.
 */
@Component
public class LocationAnswers {

    private final Gazetteer gazetteer;

    LocationAnswers(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Optional<LocationAnswer> of(ServiceDefinition service, Answers answers) {
        return service.pages().stream().flatMap(page -> page.questions().stream())
                .filter(question -> question.type() == QuestionType.LOCATION)
                .flatMap(question -> answers.get(question.id()).stream())
                .flatMap(answer -> located(answer).stream())
                .findFirst();
    }

    private Optional<LocationAnswer> located(Answer answer) {
        Optional<Address> address = answer.field("uprn").flatMap(gazetteer::byUprn);
        Optional<Street> street = answer.field("usrn").flatMap(gazetteer::byUsrn);
        Optional<GeoPoint> stored = stored(answer);
        if (address.isPresent()) {
            return Optional.of(new LocationAnswer(address.get().lines().getFirst() + ", " + address.get().town(),
                    stored.orElse(new GeoPoint(address.get().latitude(), address.get().longitude()))));
        }
        if (street.isPresent()) {
            return Optional.of(new LocationAnswer(street.get().name() + ", " + street.get().town(),
                    stored.orElse(new GeoPoint(street.get().latitude(), street.get().longitude()))));
        }
        return stored.map(point -> new LocationAnswer(nearestStreet(point), point));
    }

    /** A point given by the API: named by the street whose point is nearest, if any is within 500 m. */
    private String nearestStreet(GeoPoint point) {
        List<Street> near = gazetteer.streetsNear(point.latitude(), point.longitude(), 500);
        return near.isEmpty() ? null : near.getFirst().name() + ", " + near.getFirst().town();
    }

    static Optional<GeoPoint> stored(Answer answer) {
        try {
            return answer.field("latitude").flatMap(latitude -> answer.field("longitude")
                    .map(longitude -> new GeoPoint(Double.parseDouble(latitude), Double.parseDouble(longitude))));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** @param place the street or property it is at, as the gazetteer names it; null when it names none near */
    public record LocationAnswer(String place, GeoPoint point) {
    }
}
