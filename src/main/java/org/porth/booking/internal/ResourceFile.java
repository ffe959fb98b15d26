package org.porth.booking.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.porth.booking.BookableResource;
import org.porth.booking.HouseholdLimit;
import org.porth.booking.OpeningTimes;
import org.porth.catalogue.Text;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads {@code booking/resources.yaml} (its keys are described at its top). A mistake stops the
 * portal at start-up with the resource and key named, rather than leave a resource half-bookable.
 */
final class ResourceFile {

    private static final String WHOLE_DAY = "whole-day";

    private ResourceFile() {
    }

    static List<BookableResource> read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Map<String, Object>> resources = list(root, "resources", "the file");
            return resources.stream().map(ResourceFile::resource).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read booking resources from " + file, e);
        }
    }

    private static BookableResource resource(Map<String, Object> entry) {
        String id = text(entry, "id", "a resource");
        String where = "resource " + id;
        try {
            Object slot = required(entry, "slot-minutes", where);
            Optional<Duration> slotLength = WHOLE_DAY.equals(slot) ? Optional.empty()
                    : Optional.of(Duration.ofMinutes(((Number) slot).intValue()));
            return new BookableResource(id, entry.getOrDefault("group", id).toString(),
                    language(entry, "name", where), language(entry, "location", where),
                    Set.copyOf(strings(entry.getOrDefault("wards", List.of()))), opening(entry, where), slotLength,
                    number(entry, "capacity", where), number(entry, "horizon-days", where),
                    Duration.parse(text(entry, "lead-time", where)), Duration.parse(text(entry, "cancel-until", where)),
                    limit(entry), closed(entry));
        } catch (RuntimeException wrong) {
            throw new IllegalStateException("Booking " + where + ": " + wrong.getMessage(), wrong);
        }
    }

    private static Map<DayOfWeek, List<OpeningTimes>> opening(Map<String, Object> entry, String where) {
        Map<String, Object> days = map(entry, "opening", where);
        Map<DayOfWeek, List<OpeningTimes>> opening = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, times) -> opening.put(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)),
                OpeningText.ranges(times.toString())));
        return opening;
    }

    private static Optional<HouseholdLimit> limit(Map<String, Object> entry) {
        if (!entry.containsKey("limit")) {
            return Optional.empty();
        }
        Map<String, Object> limit = map(entry, "limit", "the limit");
        return Optional.of(new HouseholdLimit(number(limit, "bookings", "the limit"),
                HouseholdLimit.Period.valueOf(text(limit, "per", "the limit").toUpperCase(Locale.ROOT))));
    }

    /** YAML reads an unquoted 2026-12-27 as a timestamp at midnight UTC. */
    private static Set<LocalDate> closed(Map<String, Object> entry) {
        return ((List<?>) entry.getOrDefault("closed", List.of())).stream()
                .map(day -> day instanceof Date date ? LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC)
                        : LocalDate.parse(day.toString()))
                .collect(Collectors.toSet());
    }

    private static Text language(Map<String, Object> entry, String key, String where) {
        Map<String, Object> text = map(entry, key, where);
        return new Text(text(text, "en", where + " " + key), text(text, "cy", where + " " + key));
    }

    private static Object required(Map<String, Object> map, String key, String where) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalStateException(where + " needs '" + key + "'");
        }
        return value;
    }

    private static String text(Map<String, Object> map, String key, String where) {
        return required(map, key, where).toString().strip();
    }

    private static int number(Map<String, Object> map, String key, String where) {
        return ((Number) required(map, key, where)).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> map, String key, String where) {
        return (Map<String, Object>) required(map, key, where);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key, String where) {
        return (List<Map<String, Object>>) required(map, key, where);
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(Object::toString).toList();
    }
}
