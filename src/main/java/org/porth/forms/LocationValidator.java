package org.porth.forms;

import static org.porth.forms.AddressValidator.text;
import static org.porth.forms.ErrorMessages.error;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Question;
import org.porth.gazetteer.Address;
import org.porth.gazetteer.Street;

/**
 * Where a problem is: a gazetteer property ({@code uprn}); a street ({@code usrn}) with a
 * {@code description} of the spot, which is then required; or, from the API, {@code latitude} and
 * {@code longitude} in the UK. The stored answer carries the gazetteer's names and the position.
 */
final class LocationValidator implements TypeValidator {

    static final String USRN = "usrn";
    static final String STREET = "street";
    static final String DESCRIPTION = "description";
    static final String LATITUDE = "latitude";
    static final String LONGITUDE = "longitude";
    /** The description's limit when the question sets no {@code maxLength}. */
    static final int DESCRIPTION_MAX = 500;

    // a box around the UK, Northern Ireland, Scilly and Shetland included
    private static final double SOUTH = 49.8;
    private static final double NORTH = 60.9;
    private static final double WEST = -8.7;
    private static final double EAST = 1.8;
    private static final Pattern DEGREES = Pattern.compile("-?\\d{1,3}(\\.\\d+)?");

    @Override
    public AnswerCheck check(Question question, Answer answer, ValidationContext context) {
        Optional<String> description = text(answer, DESCRIPTION);
        int max = question.validation().maxLength() != null ? question.validation().maxLength() : DESCRIPTION_MAX;
        Optional<FieldError> tooLong = description.flatMap(text -> TextValidator.lengthProblem(question, text, max, DESCRIPTION));
        if (tooLong.isPresent()) {
            return AnswerCheck.invalid(tooLong.get());
        }
        Map<String, List<String>> fields = new HashMap<>();
        description.ifPresent(text -> fields.put(DESCRIPTION, List.of(text)));
        if (text(answer, AddressValidator.UPRN).isPresent()) {
            return property(question, text(answer, AddressValidator.UPRN).get(), fields, context);
        }
        if (text(answer, USRN).isPresent()) {
            return street(question, answer, fields, context);
        }
        if (text(answer, LATITUDE).isPresent() || text(answer, LONGITUDE).isPresent()) {
            return position(question, answer, fields);
        }
        return AnswerCheck.invalid(error(question, ErrorKind.LOCATION_NOT_FOUND, null));
    }

    private static AnswerCheck property(Question question, String uprn, Map<String, List<String>> fields, ValidationContext context) {
        Optional<Address> address = context.gazetteer().byUprn(uprn);
        if (address.isEmpty()) {
            return AnswerCheck.invalid(error(question, ErrorKind.LOCATION_NOT_FOUND, AddressValidator.UPRN));
        }
        fields.putAll(AddressValidator.fields(address.get()));
        return withPosition(fields, address.get().latitude(), address.get().longitude());
    }

    /** A street keeps the exact point it was given with it (an Open311 report's), else takes the street's. */
    private static AnswerCheck street(Question question, Answer answer, Map<String, List<String>> fields, ValidationContext context) {
        Optional<Street> street = context.gazetteer().byUsrn(text(answer, USRN).get());
        if (street.isEmpty()) {
            return AnswerCheck.invalid(error(question, ErrorKind.LOCATION_NOT_FOUND, USRN));
        }
        if (!fields.containsKey(DESCRIPTION)) {
            return AnswerCheck.invalid(error(question, ErrorKind.LOCATION_DESCRIPTION, DESCRIPTION));
        }
        fields.put(USRN, List.of(street.get().usrn()));
        fields.put(STREET, List.of(street.get().name()));
        fields.put(AddressValidator.TOWN, List.of(street.get().town()));
        if (street.get().ward() != null) {
            fields.put(AddressValidator.WARD, List.of(street.get().ward()));
        }
        Optional<Double> latitude = latitude(answer);
        Optional<Double> longitude = longitude(answer);
        return latitude.isPresent() && longitude.isPresent() ? withPosition(fields, latitude.get(), longitude.get())
                : withPosition(fields, street.get().latitude(), street.get().longitude());
    }

    private static AnswerCheck position(Question question, Answer answer, Map<String, List<String>> fields) {
        Optional<Double> latitude = latitude(answer);
        Optional<Double> longitude = longitude(answer);
        if (latitude.isEmpty() || longitude.isEmpty()) {
            return AnswerCheck.invalid(error(question, ErrorKind.COORDINATES, latitude.isEmpty() ? LATITUDE : LONGITUDE));
        }
        return withPosition(fields, latitude.get(), longitude.get());
    }

    private static AnswerCheck withPosition(Map<String, List<String>> fields, double latitude, double longitude) {
        fields.put(LATITUDE, List.of(degrees(latitude)));
        fields.put(LONGITUDE, List.of(degrees(longitude)));
        return AnswerCheck.valid(new Answer(fields));
    }

    private static Optional<Double> latitude(Answer answer) {
        return number(answer, LATITUDE).filter(value -> value >= SOUTH && value <= NORTH);
    }

    private static Optional<Double> longitude(Answer answer) {
        return number(answer, LONGITUDE).filter(value -> value >= WEST && value <= EAST);
    }

    private static Optional<Double> number(Answer answer, String field) {
        return text(answer, field).filter(text -> DEGREES.matcher(text).matches()).map(Double::parseDouble);
    }

    /** Six decimal places: about 10 cm, finer than anyone can point. */
    private static String degrees(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
