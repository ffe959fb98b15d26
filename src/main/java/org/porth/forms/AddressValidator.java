package org.porth.forms;

import static org.porth.forms.ErrorMessages.error;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Question;
import org.porth.gazetteer.Address;
import org.porth.shared.Postcode;

/**
 * An address chosen from the gazetteer ({@code uprn}), stored as the gazetteer has it (lines, town,
 * postcode, ward); or typed in ({@code line1}, {@code line2}, {@code town}, {@code postcode}).
 */
final class AddressValidator implements TypeValidator {

    static final String UPRN = "uprn";
    static final String LINE1 = "line1";
    static final String LINE2 = "line2";
    static final String TOWN = "town";
    static final String POSTCODE = "postcode";
    static final String WARD = "ward";

    @Override
    public AnswerCheck check(Question question, Answer answer, ValidationContext context) {
        Optional<String> uprn = text(answer, UPRN);
        if (uprn.isPresent()) {
            return context.gazetteer().byUprn(uprn.get())
                    .map(address -> AnswerCheck.valid(new Answer(fields(address))))
                    .orElseGet(() -> AnswerCheck.invalid(error(question, ErrorKind.ADDRESS_NOT_FOUND, UPRN)));
        }
        return typedIn(question, answer);
    }

    private static AnswerCheck typedIn(Question question, Answer answer) {
        Optional<String> line1 = text(answer, LINE1);
        Optional<String> town = text(answer, TOWN);
        Optional<Postcode> postcode = Postcode.parse(answer.field(POSTCODE).orElse(""));
        List<FieldError> errors = new ArrayList<>();
        if (line1.isEmpty()) {
            errors.add(error(question, ErrorKind.ADDRESS_LINE1, LINE1));
        }
        if (town.isEmpty()) {
            errors.add(error(question, ErrorKind.ADDRESS_TOWN, TOWN));
        }
        if (postcode.isEmpty()) {
            errors.add(error(question, ErrorKind.ADDRESS_POSTCODE, POSTCODE));
        }
        if (!errors.isEmpty()) {
            return AnswerCheck.invalid(errors);
        }
        Map<String, List<String>> fields = new HashMap<>();
        fields.put(LINE1, List.of(line1.get()));
        text(answer, LINE2).ifPresent(line -> fields.put(LINE2, List.of(line)));
        fields.put(TOWN, List.of(town.get()));
        fields.put(POSTCODE, List.of(postcode.get().value()));
        return AnswerCheck.valid(new Answer(fields));
    }

    /** A gazetteer address as answer fields: the first line, the other lines as one, town, postcode, ward. */
    static Map<String, List<String>> fields(Address address) {
        Map<String, List<String>> fields = new HashMap<>();
        fields.put(UPRN, List.of(address.uprn()));
        fields.put(LINE1, List.of(address.lines().getFirst()));
        if (address.lines().size() > 1) {
            fields.put(LINE2, List.of(String.join(", ", address.lines().subList(1, address.lines().size()))));
        }
        fields.put(TOWN, List.of(address.town()));
        fields.put(POSTCODE, List.of(address.postcode().value()));
        if (address.ward() != null) {
            fields.put(WARD, List.of(address.ward()));
        }
        return fields;
    }

    /** The field's text, trimmed; empty when blank. */
    static Optional<String> text(Answer answer, String field) {
        return answer.field(field).map(String::strip).filter(text -> !text.isEmpty());
    }
}
