package org.porth.casework;

import java.time.Instant;

/**
 * A change of status of a case as anyone may see it: one public timeline entry, whose id never
 * changes, so a client that stores updates by id never stores one twice.
 */
public record PublicUpdate(String id, String reference, CaseStatus status, Instant at) {
}
