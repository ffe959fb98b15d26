package org.porth.resident;

import java.time.Instant;
import java.util.Set;

import org.porth.catalogue.Text;

/**
 * The support needs a resident told the council about, with the consent they gave: the words they
 * agreed to (see {@link SupportNeedsWording}) and when they last confirmed them.
 */
public record SupportNeedsRecord(ResidentId residentId, Set<SupportNeed> needs, Text consentWording,
        Instant givenAt) {

    public SupportNeedsRecord {
        needs = Set.copyOf(needs);
    }
}
