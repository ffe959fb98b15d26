package org.porth.booking;

import java.util.List;
import java.util.Optional;

import org.porth.booking.internal.ResourceRegistry;
import org.porth.catalogue.Catalogue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What can be booked, and which resources a service books (its definition's {@code booking: resource:}). */
@Service
@PreAuthorize("isAuthenticated()")
public class BookingResources {

    private final ResourceRegistry registry;
    private final Catalogue catalogue;

    BookingResources(ResourceRegistry registry, Catalogue catalogue) {
        this.registry = registry;
        this.catalogue = catalogue;
    }

    public List<BookableResource> all() {
        return registry.all();
    }

    public Optional<BookableResource> resource(String id) {
        return registry.find(id);
    }

    /** The resources the service's definition names: one, or a group such as the ward rounds. */
    public List<BookableResource> forService(String serviceId) {
        return catalogue.current(serviceId).map(service -> service.booking().get("resource"))
                .map(group -> registry.group(group.toString())).orElse(List.of());
    }

    /** The service's resource that serves an address in the ward, if any. */
    public Optional<BookableResource> forService(String serviceId, String ward) {
        return forService(serviceId).stream().filter(resource -> resource.serves(ward)).findFirst();
    }
}
