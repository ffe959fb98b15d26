package org.porth.insight;

/**
 * Cases of one service that got one outcome in the period, and how many of them had been reopened
 * because the resident said an earlier outcome did not solve their problem.
 */
public record OutcomeCount(String serviceId, String outcome, long cases, long reopened) {
}
