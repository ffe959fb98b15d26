package org.porth.integration.partners.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.porth.integration.partners.DetailsShared;
import org.porth.resident.ProfileField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each time a resident's details went to a party, and why. */
@Repository
public class DetailsSharedStore {

    private final JdbcClient jdbc;

    DetailsSharedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String residentId, String partnerId, String partyName, Set<ProfileField> fields, String reason,
            Instant at) {
        jdbc.sql("insert into details_shared (resident_id, partner_id, party_name, fields, reason, shared_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(residentId, partnerId, partyName, PartnerStore.names(fields), reason, ReferralStore.utc(at))
                .update();
    }

    /** Newest first. */
    public List<DetailsShared> of(String residentId) {
        return jdbc.sql("select party_name, fields, reason, shared_at from details_shared where resident_id = ?"
                        + " order by shared_at desc, id desc")
                .param(residentId)
                .query((rs, row) -> new DetailsShared(rs.getString("party_name"),
                        PartnerStore.parse(rs.getString("fields"), ProfileField::valueOf), rs.getString("reason"),
                        rs.getObject("shared_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
