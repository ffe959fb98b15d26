package org.porth.booking.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.porth.booking.BookableResource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The bookable resources, read once at start-up from the files {@code porth.booking.resources}
 * lists (a council adds its own file beside the built-in one).
 */
@Component
public class ResourceRegistry {

    private final List<BookableResource> resources;

    ResourceRegistry(@Value("${porth.booking.resources:classpath:booking/resources.yaml}") Resource[] files) {
        this.resources = Arrays.stream(files).flatMap(file -> ResourceFile.read(file).stream()).toList();
        if (resources.stream().map(BookableResource::id).distinct().count() != resources.size()) {
            throw new IllegalStateException("Two booking resources have the same id in " + Arrays.toString(files));
        }
    }

    public List<BookableResource> all() {
        return resources;
    }

    public Optional<BookableResource> find(String id) {
        return resources.stream().filter(resource -> resource.id().equals(id)).findFirst();
    }

    /** @throws IllegalArgumentException for an id no resource has: a caller's mistake, not a resident's */
    public BookableResource get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No booking resource " + id));
    }

    /** The resources of a group, or the one resource with that id. */
    public List<BookableResource> group(String group) {
        return resources.stream().filter(resource -> resource.group().equals(group)).toList();
    }
}
