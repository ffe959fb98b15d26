package org.porth.resident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A resident agreed to share a change of their details with every council service that uses
 * them ("tell us once"). Published once per change through the event publication registry, so a
 * subscriber (council tax, waste) gets it even if the portal stops just after the change.
 *
 * @param changes    only the fields whose values changed
 * @param consentId  the consent that allows sharing it
 */
public record ResidentDetailsChanged(ResidentId residentId, List<FieldChange> changes, ConsentId consentId,
        Instant occurredAt) {

    public ResidentDetailsChanged {
        changes = List.copyOf(changes);
    }

    /**
     * One field's old and new values, as named fields (see {@link Profile#field(String)}): the
     * address as {@code uprn}, {@code line1}, {@code line2}, {@code town}, {@code postcode}, {@code ward}.
     *
     * @param before empty when the profile did not hold it
     */
    public record FieldChange(ProfileField field, Map<String, String> before, Map<String, String> after) {

        public FieldChange {
            before = Map.copyOf(before);
            after = Map.copyOf(after);
        }
    }

    public Set<ProfileField> fields() {
        return changes.stream().map(FieldChange::field).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<FieldChange> change(ProfileField field) {
        return changes.stream().filter(change -> change.field() == field).findFirst();
    }
}
