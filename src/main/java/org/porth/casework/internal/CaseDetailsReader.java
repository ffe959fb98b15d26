package org.porth.casework.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.porth.casework.CaseDetails;
import org.porth.casework.CaseSummary;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Text;
import org.springframework.stereotype.Component;

/** A case as the case view shows it, with its timeline. */
@Component
public class CaseDetailsReader {

    private final Timeline timeline;
    private final Teams teams;
    private final Catalogue catalogue;
    private final ServiceCaseRepository cases;
    private final RoutingRules routingRules;

    CaseDetailsReader(Timeline timeline, Teams teams, Catalogue catalogue, ServiceCaseRepository cases,
            RoutingRules routingRules) {
        this.cases = cases;
        this.routingRules = routingRules;
        this.timeline = timeline;
        this.teams = teams;
        this.catalogue = catalogue;
    }

    /** The case just changed, as it is now stored: written out first, so that its version is the new one. */
    public CaseDetails changed(ServiceCase c) {
        cases.flush();
        return of(c);
    }

    public CaseDetails of(ServiceCase c) {
        Text service = catalogue.version(c.serviceId(), c.serviceVersion()).map(ServiceDefinition::name)
                .orElse(new Text(c.serviceId(), c.serviceId()));
        Text queue = teams.queueNames().getOrDefault(c.queueId(), new Text(c.queueId(), c.queueId()));
        return new CaseDetails(summary(c), service, queue, c.version(), c.residentId(), c.channel(), c.enteredBy(), c.serviceVersion(),
                c.answers(), c.pausedAt(), c.outcome(), c.outcomeSummary(), c.status().next(), timeline.of(c),
                cases.findByResidentIdOrderBySubmittedAtDesc(c.residentId()).stream()
                        .filter(other -> !other.id().equals(c.id())).map(CaseDetailsReader::summary).toList(),
                flagLabels(c), c.apiClientName());
    }

    /** The labels the service's routing gives the case's flags; a flag it no longer declares by its id. */
    private List<Text> flagLabels(ServiceCase c) {
        if (c.flags().isEmpty()) {
            return List.of();
        }
        Map<String, Text> labels = catalogue.version(c.serviceId(), c.serviceVersion())
                .map(service -> routingRules.forService(service).flags().stream()
                        .collect(Collectors.toMap(RoutingFlag::id, RoutingFlag::label)))
                .orElse(Map.of());
        return c.flags().stream().map(flag -> labels.getOrDefault(flag, new Text(flag, flag))).toList();
    }

    public static CaseSummary summary(ServiceCase c) {
        return new CaseSummary(c.reference(), c.serviceId(), c.queueId(), c.status(), c.priority(), c.ward(),
                c.assignedTo(), c.submittedAt(), c.dueAt(), c.slaState(), c.routedByRule(), c.about());
    }
}
