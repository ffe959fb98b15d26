package org.porth.integration.partners.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.porth.integration.partners.PartnerAuditItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who changed a partner and when, and every read of a referral by a partner. */
@Repository
public class PartnerAuditLog {

    public static final String REGISTERED = "REGISTERED";
    public static final String CHANGED = "CHANGED";
    public static final String REFERRAL_READ = "REFERRAL_READ";
    public static final String REFERRALS_LISTED = "REFERRALS_LISTED";

    private final JdbcClient jdbc;
    private final Clock clock;

    PartnerAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String partnerId, String actor, String action, String detail) {
        jdbc.sql("insert into partner_audit (partner_id, actor, action, detail, at) values (?, ?, ?, ?, ?)")
                .params(partnerId, actor, action, detail, clock.instant().atOffset(ZoneOffset.UTC)).update();
    }

    /** Newest first. */
    public List<PartnerAuditItem> of(String partnerId) {
        return jdbc.sql("select at, actor, action, detail from partner_audit where partner_id = ? order by at desc, id desc")
                .param(partnerId).query((rs, row) -> new PartnerAuditItem(rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("detail")))
                .list();
    }
}
