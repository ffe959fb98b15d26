package org.porth.casework.routing;

import org.porth.casework.Priority;
import org.porth.catalogue.Text;

/**
 * Where a sample request would go: the queue, its name, and the rule that sent it there (null when
 * no rule matched and the default queue took it), with the priority it would have.
 */
public record RoutingPreview(String queueId, Text queueName, String rule, Priority priority) {
}
