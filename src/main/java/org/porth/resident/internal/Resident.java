package org.porth.resident.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.porth.resident.ContactPreferences;
import org.porth.resident.PersonName;
import org.porth.resident.Profile;
import org.porth.resident.ResidentId;
import org.porth.shared.InsertedWhenNew;
import org.porth.shared.Language;

/** A resident's record. Changed only through {@link #change}, so its search text never goes stale. */
@Entity
@Table(name = "resident")
public class Resident extends InsertedWhenNew<UUID> {

    /** Who made the record: the resident signing in, or an officer for a caller. */
    public enum CreatedBy { SELF, OFFICER }

    @Id
    private UUID id;
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "given_name", nullable = false)
    private String givenName;
    @Column(name = "family_name", nullable = false)
    private String familyName;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Embedded
    private StoredAddress address;
    @Column(name = "phone")
    private String phone;
    @Column(name = "email")
    private String email;
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language", nullable = false)
    private Language language;
    @Column(name = "contact_by_email", nullable = false)
    private boolean contactByEmail;
    @Column(name = "contact_by_text", nullable = false)
    private boolean contactByText;
    @Column(name = "contact_by_post", nullable = false)
    private boolean contactByPost;
    @Enumerated(EnumType.STRING)
    @Column(name = "created_by", nullable = false)
    private CreatedBy createdBy;
    @Column(name = "created_by_officer")
    private String createdByOfficer;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "linked_at")
    private Instant linkedAt;
    @Column(name = "verified_email")
    private String verifiedEmail;
    @Column(name = "search_text", nullable = false)
    private String searchText;
    @Version
    private long version;

    protected Resident() {
    }

    private Resident(ResidentValues values, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = Timestamps.stored(now);
        change(values, now);
    }

    /** A resident who signed in: the record is theirs from the start. */
    @Override
    public UUID getId() {
        return id;
    }

    public static Resident signedIn(String accountId, ResidentValues values, Instant now) {
        Resident resident = new Resident(values, now);
        resident.accountId = accountId;
        resident.createdBy = CreatedBy.SELF;
        resident.linkedAt = Timestamps.stored(now);
        return resident;
    }

    /** A caller recorded by an officer; no sign-in account until they sign in themselves. */
    public static Resident forCaller(String officerId, ResidentValues values, Instant now) {
        Resident resident = new Resident(values, now);
        resident.createdBy = CreatedBy.OFFICER;
        resident.createdByOfficer = officerId;
        return resident;
    }

    /** Gives a record an officer made to the resident who has now signed in (see ResidentAccounts). */
    public void linkTo(String accountId, Instant now) {
        if (this.accountId != null) {
            throw new IllegalStateException("Resident " + id + " already has a sign-in account");
        }
        this.accountId = accountId;
        this.linkedAt = Timestamps.stored(now);
    }

    /** The email the account's latest sign-in said was verified (normalised), or null when it said none. */
    public void signedInWith(String verifiedEmail) {
        this.verifiedEmail = verifiedEmail;
    }

    public void change(ResidentValues values, Instant now) {
        givenName = values.name().given();
        familyName = values.name().family();
        dateOfBirth = values.dateOfBirth();
        address = StoredAddress.of(values.address());
        phone = values.phone();
        email = values.email();
        language = values.language();
        contactByEmail = values.contactPreferences().email();
        contactByText = values.contactPreferences().textMessage();
        contactByPost = values.contactPreferences().post();
        updatedAt = Timestamps.stored(now);
        searchText = values.searchText();
    }

    public ResidentValues values() {
        return new ResidentValues(new PersonName(givenName, familyName), dateOfBirth,
                address == null ? null : address.toAddress(), phone,
                email, language, new ContactPreferences(contactByEmail, contactByText, contactByPost));
    }

    public Profile toProfile() {
        return values().toProfile(new ResidentId(id), accountId != null, updatedAt);
    }

    public UUID id() {
        return id;
    }

    public String createdByOfficer() {
        return createdByOfficer;
    }
}
