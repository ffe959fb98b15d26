package org.porth.insight;

/** Open cases of one queue in one age band. */
public record Backlog(String queueId, String teamId, AgeBand band, long cases) {
}
