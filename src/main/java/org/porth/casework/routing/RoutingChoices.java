package org.porth.casework.routing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.porth.catalogue.Text;

/**
 * What the routing form offers to pick from: the service's questions a rule can look at, the
 * council's queues, and the flags the routing declares (id to label).
 */
public record RoutingChoices(List<RoutingQuestion> questions, Map<String, Text> queues, Map<String, Text> flags) {

    public RoutingChoices {
        questions = List.copyOf(questions);
        queues = Map.copyOf(queues);
        flags = Map.copyOf(flags);
    }

    public Optional<RoutingQuestion> question(String id) {
        return questions.stream().filter(question -> question.id().equals(id)).findFirst();
    }
}
