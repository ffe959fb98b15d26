package org.porth.resident;

import java.time.Instant;
import java.util.Set;

import org.porth.catalogue.Text;

/**
 * A consent as recorded: the words the resident agreed to, which details it covers (shared with
 * every council service that uses them), when, and when they withdrew it.
 *
 * @param withdrawnAt null while it stands
 */
public record ConsentRecord(ConsentId id, ResidentId residentId, Text wording, Set<ProfileField> fields,
        Instant givenAt, Instant withdrawnAt) {

    public ConsentRecord {
        fields = Set.copyOf(fields);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
