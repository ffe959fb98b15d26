package org.porth.casework.internal;

import java.util.Optional;

import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.gazetteer.Address;
import org.porth.gazetteer.Gazetteer;
import org.porth.gazetteer.Street;
import org.springframework.stereotype.Component;

/**
 * The ward a request is about: that of the first address or location answered with a property
 * or a street from the gazetteer. A request with neither (or an address typed by hand) has none.
 */
@Component
class Wards {

    private final Gazetteer gazetteer;

    Wards(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Optional<String> of(ServiceDefinition service, Answers answers) {
        return service.pages().stream().flatMap(page -> page.questions().stream())
                .filter(question -> question.type() == QuestionType.ADDRESS || question.type() == QuestionType.LOCATION)
                .flatMap(question -> answers.get(question.id()).stream())
                .flatMap(answer -> ward(answer).stream())
                .findFirst();
    }

    private Optional<String> ward(Answer answer) {
        return answer.field("uprn").flatMap(gazetteer::byUprn).map(Address::ward)
                .or(() -> answer.field("usrn").flatMap(gazetteer::byUsrn).map(Street::ward));
    }
}
