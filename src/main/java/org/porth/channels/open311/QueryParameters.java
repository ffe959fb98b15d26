package org.porth.channels.open311;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.util.MultiValueMap;

/** The parameters of a GeoReport query, read strictly: a value that is not what the specification says is refused. */
final class QueryParameters {

    private final MultiValueMap<String, String> query;

    QueryParameters(MultiValueMap<String, String> query) {
        this.query = query;
    }

    Optional<String> text(String name) {
        return ReportForm.text(query, name);
    }

    /** A comma-delimited list, as {@code service_request_id} and {@code service_code} may be. */
    List<String> list(String name) {
        return text(name).map(text -> Arrays.stream(text.split(",")).map(String::strip)
                .filter(part -> !part.isEmpty()).toList()).orElse(List.of());
    }

    /** @throws IllegalArgumentException naming the parameter, when it is not a W3C date and time */
    Optional<Instant> dateTime(String name) {
        try {
            return text(name).map(text -> OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date and time such as 2026-12-07T09:30:00Z");
        }
    }

    /** @throws IllegalArgumentException naming the parameter, when it is not a whole number from 1 to {@code most} */
    int number(String name, int otherwise, int most) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(text.get());
            if (number >= 1 && number <= most) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, as a number out of range is
        }
        throw new IllegalArgumentException(name + " must be a whole number from 1 to " + most);
    }
}
