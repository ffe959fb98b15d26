package org.porth.booking.ui;

import java.util.Optional;

import org.porth.booking.BookableResource;
import org.porth.booking.BookingResources;
import org.porth.catalogue.Catalogue;
import org.porth.shared.Language;
import org.springframework.stereotype.Component;

/**
 * The resources a resident books on their own, such as the recycling centre: those no service's
 * definition names. The others (bulky waste rounds, the register offices) are booked inside their
 * service's form, which asks the questions they need.
 */
@Component
class StandaloneResources {

    private final BookingResources resources;
    private final Catalogue catalogue;

    StandaloneResources(BookingResources resources, Catalogue catalogue) {
        this.resources = resources;
        this.catalogue = catalogue;
    }

    Optional<BookableResource> find(String id) {
        return resources.resource(id).filter(resource -> catalogue.services(Language.ENGLISH).stream()
                .noneMatch(service -> resource.group().equals(service.booking().get("resource"))));
    }
}
