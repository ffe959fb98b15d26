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
import org.porth.resident.ConsentId;
import org.porth.resident.ConsentRecord;
import org.porth.resident.ProfileField;
import org.porth.resident.ResidentId;

/** A resident's agreement to share some of their details, kept with the words they agreed to. */
@Entity
@Table(name = "resident_consent")
public class ResidentConsent {

    /** The only scope so far: what the resident is told ("every council service that uses them"). */
    static final String EVERY_SERVICE_USING_THEM = "EVERY_SERVICE_USING_THEM";

    @Id
    private UUID id;
    @Column(name = "resident_id", nullable = false)
    private UUID residentId;
    @Column(name = "wording_en", nullable = false)
    private String wordingEn;
    @Column(name = "wording_cy", nullable = false)
    private String wordingCy;
    @Column(name = "fields", nullable = false)
    private String fields;
    @Column(name = "shared_with", nullable = false)
    private String sharedWith;
    @Column(name = "recorded_by_officer")
    private String recordedByOfficer;
    @Column(name = "given_at", nullable = false)
    private Instant givenAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Version
    private long version;

    protected ResidentConsent() {
    }

    /**
     * @param recordedByOfficer the officer who asked a caller and recorded their answer; null when
     *                          the resident answered online themselves
     */
    public ResidentConsent(UUID residentId, Text wording, Set<ProfileField> fields, String recordedByOfficer,
            Instant givenAt) {
        this.id = UUID.randomUUID();
        this.residentId = residentId;
        this.wordingEn = wording.en();
        this.wordingCy = wording.cy();
        this.fields = fields.stream().sorted().map(ProfileField::key).collect(Collectors.joining(","));
        this.sharedWith = EVERY_SERVICE_USING_THEM;
        this.recordedByOfficer = recordedByOfficer;
        this.givenAt = Timestamps.stored(givenAt);
    }

    /** @return false when it was withdrawn before (the first time is kept) */
    public boolean withdraw(Instant now) {
        if (withdrawnAt != null) {
            return false;
        }
        withdrawnAt = Timestamps.stored(now);
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID residentId() {
        return residentId;
    }

    public ConsentRecord toRecord() {
        Set<ProfileField> covered = Arrays.stream(fields.split(","))
                .map(key -> ProfileField.fromKey(key).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProfileField.class)));
        return new ConsentRecord(new ConsentId(id), new ResidentId(residentId), new Text(wordingEn, wordingCy),
                covered, givenAt, withdrawnAt);
    }
}
