package org.porth.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to one question, as named fields of text, the way a form sends it: {@code value} for
 * most types; {@code day}, {@code month}, {@code year} for a date; {@code uprn} or {@code line1},
 * {@code line2}, {@code town}, {@code postcode} for an address; several {@code value}s for multiple
 * choice; {@code file} ids for uploads. What a resident typed is kept as typed until it is valid;
 * a valid answer is stored normalised (trimmed, postcode in standard form, ISO date in {@code value}).
 */
public record Answer(Map<String, List<String>> fields) {

    public static final String VALUE = "value";
    /** The field of a file-upload answer that holds the ids of its files. */
    public static final String FILE = "file";

    public Answer {
        fields = Map.copyOf(fields);
    }

    public static Answer of(String value) {
        return new Answer(Map.of(VALUE, List.of(value)));
    }

    public static Answer ofAll(List<String> values) {
        return new Answer(Map.of(VALUE, values));
    }

    public Optional<String> field(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.getFirst());
    }

    public Optional<String> value() {
        return field(VALUE);
    }

    public List<String> values(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** True when nothing was entered: no field has any non-blank text. */
    public boolean isBlank() {
        return fields.values().stream().flatMap(List::stream).allMatch(text -> text == null || text.isBlank());
    }
}
