package org.porth.resident.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.porth.catalogue.Text;
import org.porth.resident.ResidentId;
import org.porth.resident.SupportNeed;
import org.porth.resident.SupportNeedsRecord;

/**
 * The support needs a resident told us about, kept only while they consent: withdrawing the
 * consent deletes the row (see decision 0013).
 */
@Entity
@Table(name = "resident_support_needs")
public class ResidentSupportNeeds {

    @Id
    @Column(name = "resident_id")
    private UUID residentId;
    @Column(name = "needs", nullable = false)
    private String needs;
    @Column(name = "consent_wording_en", nullable = false)
    private String consentWordingEn;
    @Column(name = "consent_wording_cy", nullable = false)
    private String consentWordingCy;
    @Column(name = "given_at", nullable = false)
    private Instant givenAt;
    @Version
    private Long version;

    protected ResidentSupportNeeds() {
    }

    public ResidentSupportNeeds(UUID residentId) {
        this.residentId = residentId;
    }

    /** The resident's needs now, consented to in these words at this time. */
    public void change(Set<SupportNeed> chosen, Text consentWording, Instant now) {
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("At least one support need: removing them all is withdrawing consent");
        }
        this.needs = chosen.stream().sorted().map(SupportNeed::key).collect(Collectors.joining(","));
        this.consentWordingEn = consentWording.en();
        this.consentWordingCy = consentWording.cy();
        this.givenAt = Timestamps.stored(now);
    }

    public Set<SupportNeed> needs() {
        return Arrays.stream(needs.split(",")).map(key -> SupportNeed.fromKey(key).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SupportNeed.class)));
    }

    public SupportNeedsRecord toRecord() {
        return new SupportNeedsRecord(new ResidentId(residentId), needs(), new Text(consentWordingEn, consentWordingCy),
                givenAt);
    }
}
