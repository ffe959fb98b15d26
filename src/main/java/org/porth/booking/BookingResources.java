package org.porth.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.porth.booking.internal.Closures;
import org.porth.booking.internal.ResourceRegistry;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.ServiceDefinition;
import org.porth.shared.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What can be booked, and which resources a service books (its definition's {@code booking: resource:}). */
@Service
@PreAuthorize("isAuthenticated()")
public class BookingResources {

    private final ResourceRegistry registry;
    private final Catalogue catalogue;
    private final Closures closures;

    BookingResources(ResourceRegistry registry, Catalogue catalogue, Closures closures) {
        this.registry = registry;
        this.catalogue = catalogue;
        this.closures = closures;
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

    /** The services whose definitions book the resource, by its id or its group, in name order. */
    public List<ServiceDefinition> servicesBooking(BookableResource resource, Language language) {
        return catalogue.services(language).stream().filter(service -> {
            Object named = service.booking().get("resource");
            return named != null && (named.toString().equals(resource.id()) || named.toString().equals(resource.group()));
        }).toList();
    }

    /** The administrators' closure covering the day, if any: its reason is for residents to read. */
    public Optional<ResourceClosure> closureOn(String resourceId, LocalDate date) {
        return closures.of(resourceId).stream().filter(closure -> closure.covers(date)).findFirst();
    }

    /** The service's resource that serves an address in the ward, if any. */
    public Optional<BookableResource> forService(String serviceId, String ward) {
        return forService(serviceId).stream().filter(resource -> resource.serves(ward)).findFirst();
    }
}
