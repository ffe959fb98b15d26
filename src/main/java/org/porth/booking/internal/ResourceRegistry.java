package org.porth.booking.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.porth.booking.BookableResource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The bookable resources: as read once at start-up from the files {@code porth.booking.resources}
 * lists (a council adds its own file beside the built-in one), with the rules administrators
 * changed since ({@link RuleOverrides}) in place of the files'. Everything that reads a resource
 * reads it here, so a change applies to availability, bookings, moves and the staff pages alike.
 */
@Component
public class ResourceRegistry {

    private final List<BookableResource> fromFiles;
    private final RuleOverrides overrides;
    private volatile Applied applied;

    /** The resources with the overrides they were made from, so that they are made again only when those change. */
    private record Applied(Map<String, RuleOverride> overrides, List<BookableResource> resources) {
    }

    ResourceRegistry(@Value("${porth.booking.resources:classpath:booking/resources.yaml}") Resource[] files,
            RuleOverrides overrides) {
        this.fromFiles = Arrays.stream(files).flatMap(file -> ResourceFile.read(file).stream()).toList();
        this.overrides = overrides;
        if (fromFiles.stream().map(BookableResource::id).distinct().count() != fromFiles.size()) {
            throw new IllegalStateException("Two booking resources have the same id in " + Arrays.toString(files));
        }
    }

    public List<BookableResource> all() {
        Map<String, RuleOverride> current = overrides.all();
        Applied known = applied;
        if (known == null || known.overrides() != current) {
            known = new Applied(current, fromFiles.stream().map(resource -> current.containsKey(resource.id())
                    ? current.get(resource.id()).applyTo(resource) : resource).toList());
            applied = known;
        }
        return known.resources();
    }

    public Optional<BookableResource> find(String id) {
        return all().stream().filter(resource -> resource.id().equals(id)).findFirst();
    }

    /** @throws IllegalArgumentException for an id no resource has: a caller's mistake, not a resident's */
    public BookableResource get(String id) {
        return find(id).orElseThrow(() -> noSuch(id));
    }

    /** The resource as its file declares it: the council's defaults, whatever administrators changed. */
    public BookableResource fromFile(String id) {
        return fromFiles.stream().filter(resource -> resource.id().equals(id)).findFirst().orElseThrow(() -> noSuch(id));
    }

    /** The resources of a group, or the one resource with that id. */
    public List<BookableResource> group(String group) {
        return all().stream().filter(resource -> resource.group().equals(group)).toList();
    }

    private static IllegalArgumentException noSuch(String id) {
        return new IllegalArgumentException("No booking resource " + id);
    }
}
