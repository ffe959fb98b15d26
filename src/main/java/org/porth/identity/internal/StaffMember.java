package org.porth.identity.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of staff as the staff directory knows them: the name their sign-in provider last gave. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    @Column(name = "account_id", length = 300)
    private String accountId;

    @Column(name = "display_name", length = 300, nullable = false)
    private String displayName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StaffMember() {
    }

    public StaffMember(String accountId, String displayName, Instant updatedAt) {
        this.accountId = accountId;
        this.displayName = displayName;
        this.updatedAt = updatedAt;
    }

    public String accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public void rename(String displayName, Instant when) {
        this.displayName = displayName;
        this.updatedAt = when;
    }
}
