package org.porth.casework.internal;

import org.porth.casework.Priority;

/** Where a case goes and why: the rule that matched, or none for the service's default queue. */
record RoutingDecision(String queue, String rule, Priority priority) {
}
