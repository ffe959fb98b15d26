package org.porth.resident;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.porth.identity.SystemTask;
import org.porth.resident.internal.ResidentSupportNeeds;
import org.porth.resident.internal.ResidentSupportNeedsRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support needs a resident tells the council about, with their consent, so that council teams
 * prioritise and adapt how they deal with their requests. Only the resident reads and changes
 * them; no member of staff reads them here. Casework reads them only while opening a case, as the
 * {@link SystemTask#CASE_INTAKE} task, and turns them into the flags staff see on that case.
 */
@Service
public class SupportNeeds {

    private static final String SELF = "hasRole('RESIDENT') and @residentAccess.isSelf(#id)";

    private final ResidentSupportNeedsRepository supportNeeds;
    private final Clock clock;

    SupportNeeds(ResidentSupportNeedsRepository supportNeeds, Clock clock) {
        this.supportNeeds = supportNeeds;
        this.clock = clock;
    }

    /** The resident's own support needs; empty when they have told us of none (or withdrew their consent). */
    @PreAuthorize(SELF)
    @Transactional(readOnly = true)
    public Optional<SupportNeedsRecord> of(ResidentId id) {
        return supportNeeds.findById(id.value()).map(ResidentSupportNeeds::toRecord);
    }

    /**
     * Keeps these needs in place of any told before, with the consent in the words the resident saw.
     *
     * @throws IllegalArgumentException with no needs (use {@link #remove}) or without consent
     */
    @PreAuthorize(SELF)
    @Transactional
    public SupportNeedsRecord record(ResidentId id, Set<SupportNeed> needs, Consent consent) {
        if (!consent.given()) {
            throw new IllegalArgumentException("Support needs are kept only with the resident's consent");
        }
        ResidentSupportNeeds kept = supportNeeds.findById(id.value()).orElseGet(() -> new ResidentSupportNeeds(id.value()));
        kept.change(needs, consent.wording(), clock.instant());
        return supportNeeds.save(kept).toRecord();
    }

    /** Withdraws the consent: the needs are deleted. Cases already opened keep the flags they were given. */
    @PreAuthorize(SELF)
    @Transactional
    public void remove(ResidentId id) {
        supportNeeds.deleteById(id.value());
    }

    /** The needs casework turns into flags while it opens a case for the resident's request. */
    @PreAuthorize("hasAuthority('" + SystemTask.CASE_INTAKE_AUTHORITY + "')")
    @Transactional(readOnly = true)
    public Set<SupportNeed> forCaseIntake(ResidentId id) {
        return supportNeeds.findById(id.value()).map(ResidentSupportNeeds::needs).orElse(Set.of());
    }
}
