package org.porth.forms;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;


/**
 * The answer to a booking question. As chosen: the {@code date}, and the {@code time} when the
 * resource has times (a collection round has one slot a day). Once held: also the booking's
 * reference ({@code value}), its {@code resource} and, until the request is submitted, when the
 * hold lapses ({@code held-until}, on the clock in Porth).
 */
public final class BookingAnswer {

    public static final String DATE = "date";
    public static final String TIME = "time";
    public static final String RESOURCE = "resource";
    public static final String HELD_UNTIL = "held-until";

    private BookingAnswer() {
    }

    public static Answer chosen(LocalDate date, LocalTime time) {
        Map<String, List<String>> fields = new HashMap<>();
        fields.put(DATE, List.of(date.toString()));
        if (time != null) {
            fields.put(TIME, List.of(time.toString()));
        }
        return new Answer(fields);
    }

    /** The chosen day, held: with the booking's reference and resource, and when the hold lapses. */
    public static Answer held(Answer chosen, String reference, String resourceId, LocalTime heldUntil) {
        Map<String, List<String>> fields = new HashMap<>(chosen.fields());
        fields.put(Answer.VALUE, List.of(reference));
        fields.put(RESOURCE, List.of(resourceId));
        fields.put(HELD_UNTIL, List.of(heldUntil.withNano(0).toString()));
        return new Answer(fields);
    }

    /** As it stays on the request: no longer "held until", since Submit confirms it. */
    public static Answer confirmed(Answer held) {
        Map<String, List<String>> fields = new HashMap<>(held.fields());
        fields.remove(HELD_UNTIL);
        return new Answer(fields);
    }

    public static Optional<LocalDate> date(Answer answer) {
        return answer.field(DATE).flatMap(text -> parse(() -> LocalDate.parse(text.strip())));
    }

    /** Empty when the day is the slot (a collection round), or when the time is not one. */
    public static Optional<LocalTime> time(Answer answer) {
        return answer.field(TIME).filter(text -> !text.isBlank()).flatMap(text -> parse(() -> LocalTime.parse(text.strip())));
    }

    public static Optional<LocalTime> heldUntil(Answer answer) {
        return answer.field(HELD_UNTIL).flatMap(text -> parse(() -> LocalTime.parse(text)));
    }

    /** The held booking's reference; empty before it is held. */
    public static Optional<String> reference(Answer answer) {
        return answer.value().filter(reference -> !reference.isBlank());
    }

    /** Whether both choose the same day and time. */
    public static boolean sameChoice(Answer one, Answer other) {
        return date(one).equals(date(other)) && time(one).equals(time(other));
    }

    private static <T> Optional<T> parse(Supplier<T> parser) {
        try {
            return Optional.of(parser.get());
        } catch (DateTimeParseException notOne) {
            return Optional.empty();
        }
    }
}
