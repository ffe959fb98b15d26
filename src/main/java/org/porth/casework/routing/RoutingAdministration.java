package org.porth.casework.routing;

import java.time.Clock;
import java.util.List;
import java.util.Map;

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
 * routing rules in a form that writes YAML, try them on a made-up request, and save them in place of the definition's.
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

    /** The service's routing in force, as the form edits it. */
    @PreAuthorize("hasRole('ADMIN')")
    public RoutingForm form(String serviceId) {
        return rules.form(service(serviceId));
    }

    /** The questions, queues and flags the service's routing form offers. */
    @PreAuthorize("hasRole('ADMIN')")
    public RoutingChoices choices(String serviceId) {
        ServiceDefinition service = service(serviceId);
        return new RoutingChoices(RoutingQuestions.of(service), rules.queues(), rules.flags(service));
    }

    /**
     * Puts the routing in force for the service's new requests and says the YAML it was saved as;
     * refused with {@link RoutingFormRefused} (a field wrong) or {@link RoutingRefused} (the
     * definitions' checks). Every version is kept with who saved it and when.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String save(String serviceId, RoutingForm routing) {
        String text = checkedText(serviceId, routing);
        rules.save(serviceId, text, currentUser.get().orElseThrow().id(), clock.instant());
        return text;
    }

    /** Where the sample would go by the routing as in the form, saved or not; refused as {@link #save}. */
    @PreAuthorize("hasRole('ADMIN')")
    public RoutingPreview preview(String serviceId, RoutingForm routing, RoutingSample sample) {
        return rules.preview(serviceId, checkedText(serviceId, routing), sample);
    }

    private String checkedText(String serviceId, RoutingForm routing) {
        ServiceDefinition service = service(serviceId);
        List<RoutingProblem> problems = RoutingFormCheck.problems(routing,
                new RoutingChoices(RoutingQuestions.of(service), rules.queues(), Map.of()));
        if (!problems.isEmpty()) {
            throw new RoutingFormRefused(problems);
        }
        return rules.text(routing);
    }

    private ServiceDefinition service(String serviceId) {
        return catalogue.current(serviceId)
                .orElseThrow(() -> new IllegalArgumentException("There is no service " + serviceId));
    }
}
