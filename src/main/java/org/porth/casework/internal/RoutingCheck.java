package org.porth.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.porth.catalogue.Catalogue;
import org.porth.catalogue.ServiceDefinition;
import org.porth.shared.Language;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Start-up stops when a service's routing is wrong or names a queue the council does not have,
 * so that no request is ever routed nowhere.
 */
@Component
class RoutingCheck implements SmartInitializingSingleton {

    private final Catalogue catalogue;
    private final Teams teams;

    RoutingCheck(Catalogue catalogue, Teams teams) {
        this.catalogue = catalogue;
        this.teams = teams;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> problems = problems(catalogue.services(Language.ENGLISH), teams.queues());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The service definitions' routing is wrong:\n  " + String.join("\n  ", problems));
        }
    }

    static List<String> problems(List<ServiceDefinition> services, Set<String> queues) {
        List<String> problems = new ArrayList<>();
        for (ServiceDefinition service : services) {
            problems.addAll(problems(service.id(), service.routing(), queues));
        }
        return problems;
    }

    /** What is wrong with one service's routing, as written in its definition or by an administrator. */
    static List<String> problems(String serviceId, Map<String, Object> routing, Set<String> queues) {
        try {
            RoutingTable table = RoutingTables.of(serviceId, routing);
            return Stream.concat(Stream.of(table.defaultQueue()), table.rules().stream().map(RoutingRule::queue))
                    .filter(queue -> !queues.contains(queue)).distinct()
                    .map(queue -> "Service " + serviceId + ": routing names the queue '" + queue
                            + "', which does not exist")
                    .toList();
        } catch (IllegalArgumentException wrong) {
            return List.of(wrong.getMessage());
        }
    }
}
