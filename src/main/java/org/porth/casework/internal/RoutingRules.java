package org.porth.casework.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.porth.casework.Priority;
import org.porth.casework.routing.RoutingForm;
import org.porth.casework.routing.RoutingPreview;
import org.porth.casework.routing.RoutingRefused;
import org.porth.casework.routing.RoutingSample;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Text;
import org.springframework.stereotype.Component;

/**
 * The routing in force for a service: the newest an administrator saved, else its definition's.
 * Saved routing passes the same checks as the definitions' at start-up, so no case is routed nowhere.
 */
@Component
public class RoutingRules {

    private final RoutingOverrides overrides;
    private final Teams teams;

    RoutingRules(RoutingOverrides overrides, Teams teams) {
        this.overrides = overrides;
        this.teams = teams;
    }

    RoutingTable forService(ServiceDefinition service) {
        return overrides.current(service.id())
                .map(text -> RoutingTables.of(service.id(), RoutingYaml.read(text)))
                .orElseGet(() -> RoutingTables.of(service));
    }

    /** The routing in force for the service, as YAML text to edit. */
    public String text(ServiceDefinition service) {
        return overrides.current(service.id()).orElseGet(() -> RoutingYaml.write(service.routing()));
    }

    /** The routing in force for the service, as the administrator's form holds it. */
    public RoutingForm form(ServiceDefinition service) {
        return RoutingForms.form(RoutingYaml.read(text(service)));
    }

    /** The flags the routing in force declares, id to label, for rules to look for. */
    public Map<String, Text> flags(ServiceDefinition service) {
        return forService(service).flags().stream().collect(Collectors.toMap(RoutingFlag::id, RoutingFlag::label));
    }

    /** Every queue, id to name. */
    public Map<String, Text> queues() {
        return teams.queueNames();
    }

    /** The form written as YAML, the file format the definitions and the saved routing share. */
    public String text(RoutingForm form) {
        return RoutingYaml.write(RoutingForms.routing(form));
    }

    /** Keeps the routing as the service's, after checking it; refused with what is wrong. */
    public void save(String serviceId, String text, String savedBy, Instant savedAt) {
        checked(serviceId, text);
        overrides.save(serviceId, text, savedBy, savedAt);
    }

    /** Where the sample would go by the routing as written (saved or not); refused when it is wrong. */
    public RoutingPreview preview(String serviceId, String text, RoutingSample sample) {
        RoutingTable table = RoutingTables.of(serviceId, checked(serviceId, text));
        RoutingFacts facts = new RoutingFacts(sample.answers(), sample.ward(), sample.channel(), Priority.NORMAL,
                sample.supportNeeds());
        RoutingDecision decision = table.route(facts);
        Text name = teams.queueNames().get(decision.queue());
        return new RoutingPreview(decision.queue(), name, decision.rule(), decision.priority(),
                table.flagsOf(facts).stream().map(RoutingFlag::label).toList());
    }

    private Map<String, Object> checked(String serviceId, String text) {
        Map<String, Object> routing;
        try {
            routing = RoutingYaml.read(text);
        } catch (IllegalArgumentException wrong) {
            throw new RoutingRefused(List.of(wrong.getMessage()));
        }
        List<String> problems = RoutingCheck.problems(serviceId, routing, teams.queues());
        if (!problems.isEmpty()) {
            throw new RoutingRefused(problems);
        }
        return routing;
    }
}
