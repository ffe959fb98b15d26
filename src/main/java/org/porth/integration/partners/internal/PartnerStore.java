package org.porth.integration.partners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.porth.integration.partners.Partner;
import org.porth.integration.partners.ReferralType;
import org.porth.resident.ProfileField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partner table; sets are kept as comma-separated names. */
@Repository
public class PartnerStore {

    private static final String COLUMNS = "id, name, contact, api_client_id, agreement_reference, agreement_ends"
            + ", referral_types, shared_fields, version";

    private final JdbcClient jdbc;

    PartnerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Partner> all() {
        return jdbc.sql("select " + COLUMNS + " from partner order by name").query(PartnerStore::row).list();
    }

    public Optional<Partner> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from partner where id = ?").param(id).query(PartnerStore::row).optional();
    }

    public Optional<Partner> byApiClient(String clientId) {
        return jdbc.sql("select " + COLUMNS + " from partner where api_client_id = ?").param(clientId)
                .query(PartnerStore::row).optional();
    }

    public void insert(Partner partner, Instant now) {
        jdbc.sql("insert into partner (" + COLUMNS + ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
                .params(partner.id(), partner.name(), partner.contact(), partner.apiClientId(),
                        partner.agreementReference(), partner.agreementEnds(),
                        names(partner.referralTypes()), names(partner.fields()), now.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** @return false when someone else saved the partner since {@code partner.version()} was read */
    public boolean update(Partner partner, Instant now) {
        return jdbc.sql("update partner set name = ?, contact = ?, api_client_id = ?,"
                        + " agreement_reference = ?, agreement_ends = ?, referral_types = ?, shared_fields = ?,"
                        + " version = version + 1, updated_at = ? where id = ? and version = ?")
                .params(partner.name(), partner.contact(), partner.apiClientId(),
                        partner.agreementReference(), partner.agreementEnds(), names(partner.referralTypes()),
                        names(partner.fields()), now.atOffset(ZoneOffset.UTC), partner.id(), partner.version())
                .update() == 1;
    }

    static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E> Set<E> parse(String names, Function<String, E> valueOf) {
        return names == null || names.isBlank() ? Set.of()
                : Arrays.stream(names.split(",")).map(valueOf).collect(Collectors.toUnmodifiableSet());
    }

    private static Partner row(ResultSet rs, int row) throws SQLException {
        return new Partner(rs.getString("id"), rs.getString("name"), rs.getString("contact"),
                rs.getString("api_client_id"), rs.getString("agreement_reference"),
                rs.getObject("agreement_ends", LocalDate.class), parse(rs.getString("referral_types"), ReferralType::valueOf),
                parse(rs.getString("shared_fields"), ProfileField::valueOf), rs.getLong("version"));
    }
}
