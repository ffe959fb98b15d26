package org.porth.insight.internal;

import java.util.Map;

/**
 * One service's counts for a month as the roll-ups hold them, before anything is published: requests
 * per channel, how many of the month's requests are within their service level (not breached), outcomes
 * reached in the month per outcome, and the month's satisfaction answers and how many were satisfied.
 */
public record MonthCounts(String serviceId, Map<String, Long> channels, long withinTarget, Map<String, Long> outcomes,
        long answers, long satisfied) {

    public long requests() {
        return channels.values().stream().mapToLong(Long::longValue).sum();
    }
}
