package org.porth.casework.routing;

import java.util.List;

import org.porth.casework.Priority;
import org.porth.catalogue.Text;

/**
 * Where a sample request would go: the queue, its name, and the rule that sent it there (null when
 * no rule matched and the default queue took it), with the priority it would have and the labels of
 * the flags it would raise, in the routing's order.
 */
public record RoutingPreview(String queueId, Text queueName, String rule, Priority priority, List<Text> flags) {

    public RoutingPreview {
        flags = List.copyOf(flags);
    }
}
