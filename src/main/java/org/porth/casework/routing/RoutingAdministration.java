package org.porth.casework.routing;

import java.time.Clock;
import java.util.List;

import org.porth.casework.internal.RoutingRules;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.ServiceDefinition;
import org.porth.identity.CurrentUser;
import org.porth.shared.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators change where a service's new requests go without a release: they edit its
 * routing rules as YAML, try them on a made-up request, and save them in place of the definition's.
 * Cases already open stay where they are.
 */
@Service
public class RoutingAdministration {

    private final Catalogue catalogue;
    private final RoutingRules rules;
    private final CurrentUser currentUser;
    private final Clock clock;

    RoutingAdministration(Catalogue catalogue, RoutingRules rules, CurrentUser currentUser, Clock clock) {
        this.catalogue = catalogue;
        this.rules = rules;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every current service, in name order for the language. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ServiceDefinition> services(Language language) {
        return catalogue.services(language);
    }

    /** The service's routing in force, as YAML text. */
    @PreAuthorize("hasRole('ADMIN')")
    public String routing(String serviceId) {
        return rules.text(service(serviceId));
    }

    /** Puts the routing in force for the service's new requests; refused with {@link RoutingRefused}. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void save(String serviceId, String routing) {
        rules.save(service(serviceId).id(), routing, currentUser.get().orElseThrow().id(), clock.instant());
    }

    /** Where the sample would go by the routing as written, saved or not; refused with {@link RoutingRefused}. */
    @PreAuthorize("hasRole('ADMIN')")
    public RoutingPreview preview(String serviceId, String routing, RoutingSample sample) {
        return rules.preview(service(serviceId).id(), routing, sample);
    }

    private ServiceDefinition service(String serviceId) {
        return catalogue.current(serviceId)
                .orElseThrow(() -> new IllegalArgumentException("There is no service " + serviceId));
    }
}
