package org.porth.casework.internal;

import java.util.ArrayList;
import java.util.List;
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
            try {
                RoutingTable table = RoutingTables.of(service);
                Stream.concat(Stream.of(table.defaultQueue()), table.rules().stream().map(RoutingRule::queue))
                        .filter(queue -> !queues.contains(queue)).distinct()
                        .forEach(queue -> problems.add("Service " + service.id() + ": routing names the queue '"
                                + queue + "', which does not exist"));
            } catch (IllegalArgumentException wrong) {
                problems.add(wrong.getMessage());
            }
        }
        return problems;
    }
}
