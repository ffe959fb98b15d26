package org.porth.integration.partners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.porth.integration.partners.LawfulBasis;
import org.porth.integration.partners.Referral;
import org.porth.integration.partners.ReferralStatus;
import org.porth.integration.partners.ReferralType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The referral table; the resident's details shared are kept as JSON. */
@Repository
public class ReferralStore {

    private static final TypeReference<Map<String, Map<String, String>>> DETAILS = new TypeReference<>() { };
    private static final String SELECT = "select r.*, p.name as partner_name from referral r"
            + " join partner p on p.id = r.partner_id ";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReferralStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Referral referral, String residentId) {
        jdbc.sql("insert into referral (id, case_reference, resident_id, service_id, partner_id, referral_type, reason,"
                        + " basis, consent_id, justification, details, status, referred_by, referred_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(referral.id(), referral.caseReference(), residentId, referral.serviceId(), referral.partnerId(),
                        referral.type().name(), referral.reason(), referral.basis().name(), referral.consentId(),
                        referral.justification(), json.writeValueAsString(referral.details()),
                        referral.status().name(), referral.referredBy(), utc(referral.referredAt()),
                        utc(referral.updatedAt()))
                .update();
    }

    public Optional<Referral> find(String id) {
        return jdbc.sql(SELECT + "where r.id = ?").param(id).query(this::row).optional();
    }

    public List<Referral> onCase(String caseReference) {
        return jdbc.sql(SELECT + "where r.case_reference = ? order by r.referred_at desc").param(caseReference)
                .query(this::row).list();
    }

    /** The partner's own referrals, newest first. */
    public List<Referral> ofPartner(String partnerId, int limit) {
        return jdbc.sql(SELECT + "where r.partner_id = ? order by r.referred_at desc limit ?").params(partnerId, limit)
                .query(this::row).list();
    }

    /** The referrals about the resident that a partner still has in hand. */
    public List<Referral> openFor(String residentId) {
        return jdbc.sql(SELECT + "where r.resident_id = ? and r.status in ('SENT', 'ACCEPTED') order by r.referred_at")
                .param(residentId).query(this::row).list();
    }

    /** Made without consent, newest first: for supervisors. */
    public List<Referral> withoutConsent(int limit) {
        return jdbc.sql(SELECT + "where r.basis <> 'CONSENT' order by r.referred_at desc limit ?").param(limit)
                .query(this::row).list();
    }

    /** @return false when the referral was not in {@code from} any more (another step came first) */
    public boolean step(String id, ReferralStatus from, ReferralStatus to, String note, Instant now) {
        return jdbc.sql("update referral set status = ?, partner_note = coalesce(?, partner_note), updated_at = ?"
                        + " where id = ? and status = ?")
                .params(to.name(), note, utc(now), id, from.name()).update() == 1;
    }

    public void details(String id, Map<String, Map<String, String>> details, Instant now) {
        jdbc.sql("update referral set details = ?, updated_at = ? where id = ?")
                .params(json.writeValueAsString(details), utc(now), id).update();
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private Referral row(ResultSet rs, int row) throws SQLException {
        return new Referral(rs.getString("id"), rs.getString("case_reference"), rs.getString("service_id"),
                rs.getString("partner_id"), rs.getString("partner_name"), ReferralType.valueOf(rs.getString("referral_type")),
                rs.getString("reason"), LawfulBasis.valueOf(rs.getString("basis")), rs.getString("consent_id"),
                rs.getString("justification"), json.readValue(rs.getString("details"), DETAILS),
                ReferralStatus.valueOf(rs.getString("status")), rs.getString("partner_note"), rs.getString("referred_by"),
                rs.getObject("referred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
