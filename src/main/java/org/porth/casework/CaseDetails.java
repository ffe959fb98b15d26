package org.porth.casework;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.porth.catalogue.Channel;
import org.porth.catalogue.Text;
import org.porth.forms.Answers;

/**
 * Everything staff see about a case on one page.
 *
 * @param version    the case as read: pass it back with a change, so a change made meanwhile by
 *                   someone else is noticed instead of overwritten
 * @param enteredBy  the officer who entered the request for a caller; null when the resident did
 * @param nextStatus the statuses the case may move to now
 * @param residentsOtherCases the resident's other cases, in every department, newest first
 * @param flags      what the request's answers flagged (e.g. health at risk), by its service's routing
 * @param apiClient  the name of the API client that sent the request; null for every other channel
 */
public record CaseDetails(CaseSummary summary, Text serviceName, Text queueName, long version, String residentId,
        Channel channel, String enteredBy,
        int serviceVersion, Answers answers, Instant pausedAt, Outcome outcome, String outcomeSummary,
        Set<CaseStatus> nextStatus, List<TimelineItem> timeline, List<CaseSummary> residentsOtherCases,
        List<Text> flags, String apiClient) {
}
