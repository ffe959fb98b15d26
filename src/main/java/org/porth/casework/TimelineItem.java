package org.porth.casework;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a case's timeline as staff see it.
 *
 * @param actor   who did it: an officer's account id, or null for the resident or the portal
 * @param subject what it is about: the channel, the queue, the officer, the new status, the new due date
 * @param detail  the words with it: the routing rule, a reason, a note, a question, a reply
 */
public record TimelineItem(Instant at, TimelineKind kind, boolean visibleToResident, String actor, String subject,
        String detail) {

    /** The files sent with a resident's message or reply; none for other entries. */
    public List<MessageFile> files() {
        return kind == TimelineKind.RESIDENT_MESSAGE || kind == TimelineKind.RESIDENT_REPLIED
                ? MessageFile.read(subject) : List.of();
    }
}
