package org.porth.booking.rules;

import java.time.Instant;
import java.util.Optional;
import org.porth.booking.BookableResource;

/**
 * A resource's booking rules as they apply now, the council's defaults (its file's), and who
 * changed them last.
 */
public record RulesInForce(BookableResource rules, BookableResource councilDefaults, Optional<LastChange> lastChange) {

    /** @param backToDefaults the change put every rule back to the council's default */
    public record LastChange(String officerId, Instant at, boolean backToDefaults) {
    }
}
