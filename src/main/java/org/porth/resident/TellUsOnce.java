package org.porth.resident;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.porth.identity.CurrentUser;
import org.porth.identity.SignedInUser;
import org.porth.resident.ResidentDetailsChanged.FieldChange;
import org.porth.resident.internal.Resident;
import org.porth.resident.internal.ResidentConsent;
import org.porth.resident.internal.ResidentConsentRepository;
import org.porth.resident.internal.ResidentRepository;
import org.porth.resident.internal.ResidentValues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Tell us once": a resident who changes a prefilled answer in a form and agrees to update their
 * account changes their profile once, and every council service that uses those details hears of
 * it through {@link ResidentDetailsChanged}. The event is published in the same transaction as the
 * change, so Spring Modulith's event publication registry keeps it for each subscriber (a
 * transactional outbox). Their consents are theirs alone to see and withdraw.
 */
@Service
public class TellUsOnce {

    private final ResidentRepository residents;
    private final ResidentConsentRepository consents;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TellUsOnce(ResidentRepository residents, ResidentConsentRepository consents, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.residents = residents;
        this.consents = consents;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Updates the profile with a change the resident agreed to share, records their consent in the
     * words they saw, and publishes one {@link ResidentDetailsChanged}. An officer may record a
     * caller's answer for them (assisted digital); the consent notes the officer.
     *
     * @param change prefill fields only (name, date of birth, address, phone, email)
     * @return the consent, or empty when the resident declined or nothing actually changed (then
     *         nothing is stored or published)
     * @throws IllegalArgumentException for a change to other fields, or values the profile refuses
     */
    @PreAuthorize("(hasRole('RESIDENT') and @residentAccess.isSelf(#id)) or hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public Optional<ConsentId> shareChange(ResidentId id, ProfileChange change, Consent consent) {
        if (!change.fields().stream().allMatch(ProfileField::prefill)) {
            throw new IllegalArgumentException("Only prefill fields can be shared: " + change.fields());
        }
        if (!consent.given()) {
            return Optional.empty();
        }
        Resident resident = residents.findById(id.value()).orElseThrow();
        Profile before = resident.toProfile();
        Instant now = clock.instant();
        ResidentValues after = resident.values().apply(change).check(change.fields(), LocalDate.now(clock));
        List<FieldChange> changes = differences(before, after.toProfile(id, before.hasAccount(), now), change.fields());
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        resident.change(after, now);
        Set<ProfileField> fields = changes.stream().map(FieldChange::field)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProfileField.class)));
        ResidentConsent recorded = consents.save(new ResidentConsent(resident.id(), consent.wording(), fields,
                officerId().orElse(null), now));
        ConsentId consentId = new ConsentId(recorded.id());
        events.publishEvent(new ResidentDetailsChanged(id, changes, consentId, now));
        return Optional.of(consentId);
    }

    /** The resident's consents, newest first, withdrawn ones included (staff: to refer a case with one). */
    @PreAuthorize("(hasRole('RESIDENT') and @residentAccess.isSelf(#id)) or hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<ConsentRecord> consents(ResidentId id) {
        return consents.findByResidentIdOrderByGivenAtDesc(id.value()).stream().map(ResidentConsent::toRecord).toList();
    }

    /** Withdraws a consent and publishes {@link ConsentWithdrawn}; withdrawing it again changes nothing. */
    @PreAuthorize("hasRole('RESIDENT') and @residentAccess.ownsConsent(#id)")
    @Transactional
    public void withdraw(ConsentId id) {
        ResidentConsent consent = consents.findById(id.value()).orElseThrow();
        Instant now = clock.instant();
        if (consent.withdraw(now)) {
            ConsentRecord withdrawn = consent.toRecord();
            events.publishEvent(new ConsentWithdrawn(withdrawn.residentId(), id, withdrawn.fields(), now));
        }
    }

    private static List<FieldChange> differences(Profile before, Profile after, Set<ProfileField> fields) {
        return fields.stream().sorted()
                .filter(field -> !before.field(field).equals(after.field(field)))
                .map(field -> new FieldChange(field, before.field(field).orElse(Map.of()),
                        after.field(field).orElseThrow()))
                .toList();
    }

    private Optional<String> officerId() {
        return currentUser.get().filter(SignedInUser::isStaff).map(SignedInUser::id);
    }
}
