package org.porth.casework;

import java.time.Instant;

import org.porth.catalogue.Text;

/**
 * A resident wrote on one of the officer's cases: an answer to the council's question
 * ({@link TimelineKind#RESIDENT_REPLIED}) or a message of their own ({@link TimelineKind#RESIDENT_MESSAGE}).
 */
public record ResidentReply(String reference, Text about, TimelineKind kind, Instant at) {
}
