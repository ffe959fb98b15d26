package org.porth.catalogue.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.porth.catalogue.QuestionType;

/** How definitions write the model's fixed names: kebab-case, e.g. {@code face-to-face}, {@code working-days}. */
final class YamlNames {

    static final Map<String, QuestionType> QUESTION_TYPES = byName(QuestionType.values(), QuestionType::yamlName);

    private YamlNames() {
    }

    static <E extends Enum<E>> Map<String, E> of(Class<E> type) {
        return byName(type.getEnumConstants(), YamlNames::name);
    }

    static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The value with that name, or empty after reporting "unknown channel 'x' (known: web, phone)". */
    static <T> Optional<T> find(Map<String, T> known, String name, String what, Consumer<String> problem) {
        T value = known.get(name);
        if (value == null) {
            problem.accept("unknown " + what + " '" + name + "' (known: " + String.join(", ", known.keySet()) + ")");
        }
        return Optional.ofNullable(value);
    }

    private static <E> Map<String, E> byName(E[] values, Function<E, String> name) {
        Map<String, E> names = new LinkedHashMap<>();
        Arrays.stream(values).forEach(value -> names.put(name.apply(value), value));
        return names;
    }
}
