package org.porth.casework;

import java.time.Instant;
import java.util.List;

/**
 * What insight needs of one case to count it (issue 18): where it came from and went, how it stands
 * against its service level, its outcome, and the contacts that are failure demand.
 *
 * @param outcome          the outcome it ended with; null when it has none or is being worked again
 * @param latitude         where the problem is (WGS84), null when the service asks for no location
 * @param residentMessages when the resident wrote without being asked
 * @param reopenings       when the resident said the outcome did not solve their problem
 * @param failureContacts  when staff recorded a contact whose reason is failure demand ({@link ContactReason#isFailureDemand()})
 */
public record CaseHistory(String reference, String serviceId, String residentId, String channel, String ward,
        String queueId, String teamId, CaseStatus status, Instant submittedAt, Instant dueAt, SlaState slaState,
        Outcome outcome, Instant outcomeAt, Double latitude, Double longitude, List<Instant> residentMessages,
        List<Instant> reopenings, List<Instant> failureContacts) {

    public CaseHistory {
        residentMessages = List.copyOf(residentMessages);
        reopenings = List.copyOf(reopenings);
        failureContacts = List.copyOf(failureContacts);
    }
}
