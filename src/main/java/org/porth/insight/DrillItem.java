package org.porth.insight;

import java.time.Instant;

/**
 * One line of a drill-down: a case, and for demand what it counted as and when. A case that was
 * chased twice in the period is two lines, so that the lines add up to the figure.
 */
public record DrillItem(String reference, String serviceId, String teamId, String queueId, String status,
        DemandKind kind, Instant at) {
}
