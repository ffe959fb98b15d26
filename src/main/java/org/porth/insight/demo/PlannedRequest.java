package org.porth.insight.demo;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import org.porth.casework.ContactReason;
import org.porth.casework.Outcome;
import org.porth.catalogue.Channel;

/**
 * One request of the demo year and what happens to it afterwards. Steps dated after the end of the
 * year have not happened yet: the request's case is still open then.
 *
 * @param place       which of the demo's places it is about (a repeat report names the same place)
 * @param contact     why the resident called or came in, as staff classify it (staff channels only)
 * @param followUp    a second request it leads to: the same problem reported again at the same place,
 *                    or a new request after withdrawing this one (both failure demand)
 */
public record PlannedRequest(String serviceCode, Channel channel, Instant submittedAt, int place,
        Optional<ContactReason> contact, Life life, Optional<PlannedRequest> followUp) {

    /**
     * @param chasedAt     the resident wrote to ask what is happening
     * @param withdrawnAt  the resident withdrew it (it is then never closed)
     * @param closed       an officer ended it with an outcome
     * @param reopenedAt   the resident said the outcome did not solve their problem
     * @param closedAgain  ended again after reopening
     * @param satisfaction the answer on the confirmation page, 1 to 5 (web only)
     */
    public record Life(Optional<Instant> chasedAt, Optional<Instant> withdrawnAt, Optional<Closure> closed,
            Optional<Instant> reopenedAt, Optional<Closure> closedAgain, OptionalInt satisfaction) {
    }

    public record Closure(Instant at, Outcome outcome) {
    }
}
