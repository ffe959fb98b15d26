package org.porth.casework;

import java.time.Instant;

/**
 * One entry of a case's timeline as staff see it.
 *
 * @param actor   who did it: an officer's account id, or null for the resident or the portal
 * @param subject what it is about: the channel, the queue, the officer, the new status, the new due date
 * @param detail  the words with it: the routing rule, a reason, a note, a question, a reply
 */
public record TimelineItem(Instant at, TimelineKind kind, boolean visibleToResident, String actor, String subject,
        String detail) {
}
