package org.porth.gazetteer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.porth.gazetteer.Street;
import org.porth.shared.Postcode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code gazetteer_street} and {@code gazetteer_address} (see V20__gazetteer.sql). Plain
 * SQL rather than JPA: the gazetteer is read-only reference data that a council may load itself.
 */
@Repository
class GazetteerTables {

    private static final String ADDRESS = """
            select a.uprn, a.usrn, a.organisation, a.sub_building, a.building_name, a.building_number,
                   s.name as street, s.town, a.postcode, a.ward, a.latitude, a.longitude
            from gazetteer_address a join gazetteer_street s on s.usrn = a.usrn
            """;
    /** About a mile north to south, in degrees of latitude. */
    private static final double NEAR = 0.015;
    private static final String STREET = "select usrn, name, town, ward, latitude, longitude from gazetteer_street ";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    GazetteerTables(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<AddressRow> addressesIn(Postcode postcode) {
        return jdbc.sql(ADDRESS + "where a.postcode = ?").param(postcode.value()).query(GazetteerTables::address).list();
    }

    Optional<AddressRow> address(String uprn) {
        return jdbc.sql(ADDRESS + "where a.uprn = ?").param(uprn).query(GazetteerTables::address).optional();
    }

    Optional<Street> street(String usrn) {
        return jdbc.sql(STREET + "where usrn = ?").param(usrn).query(GazetteerTables::street).optional();
    }

    /**
     * The street nearest the point: of the streets' and the addresses' positions within
     * {@value #NEAR} degrees, the closest, with a degree of longitude counted as shorter by the
     * cosine of the latitude (flat within a mile, which is near enough to pick a street).
     */
    Optional<Street> nearestStreet(double latitude, double longitude) {
        double squeeze = Math.pow(Math.cos(Math.toRadians(latitude)), 2);
        return jdbc.sql(STREET + """
                where usrn = (select usrn from (
                    select usrn, latitude, longitude from gazetteer_street
                    union all select usrn, latitude, longitude from gazetteer_address) p
                  where p.latitude between :lat - :near and :lat + :near
                    and p.longitude between :lon - :wide and :lon + :wide
                  order by (p.latitude - :lat) * (p.latitude - :lat)
                         + (p.longitude - :lon) * (p.longitude - :lon) * :squeeze, p.usrn
                  fetch first 1 rows only)""")
                .param("lat", latitude).param("lon", longitude).param("near", NEAR)
                .param("wide", NEAR / Math.sqrt(squeeze)).param("squeeze", squeeze)
                .query(GazetteerTables::street).optional();
    }

    /** Streets with a word starting with each of the words (already folded: letters a-z and digits only). */
    List<Street> streetsWithWordsStarting(List<String> words, int limit) {
        String where = String.join(" and ", Collections.nCopies(words.size(), "(' ' || search_name) like ?"));
        return jdbc.sql(STREET + "where " + where + " order by search_name limit " + limit)
                .params(words.stream().map(word -> "% " + word + "%").toList())
                .query(GazetteerTables::street).list();
    }

    List<Street> streetsBetween(double south, double north, double west, double east) {
        return jdbc.sql(STREET + "where latitude between ? and ? and longitude between ? and ?")
                .params(south, north, west, east).query(GazetteerTables::street).list();
    }

    boolean isEmpty() {
        return count("gazetteer_street") == 0 && count("gazetteer_address") == 0;
    }

    void insert(GazetteerExtract extract) {
        batch.batchUpdate("insert into gazetteer_street (usrn, name, search_name, town, ward, latitude, longitude)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                extract.streets().stream().map(s -> new Object[] {s.usrn(), s.name(), SearchNames.fold(s.name()),
                        s.town(), s.ward(), s.latitude(), s.longitude()}).toList());
        batch.batchUpdate("insert into gazetteer_address (uprn, usrn, organisation, sub_building, building_name,"
                        + " building_number, postcode, ward, latitude, longitude) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                extract.addresses().stream().map(a -> new Object[] {a.uprn(), a.usrn(), a.organisation(),
                        a.subBuilding(), a.buildingName(), a.buildingNumber(), a.postcode().value(), a.ward(),
                        a.latitude(), a.longitude()}).toList());
    }

    /** Search names for streets a council loaded straight into the table; returns how many. */
    int fillMissingSearchNames() {
        List<Object[]> names = jdbc.sql("select usrn, name from gazetteer_street where search_name is null")
                .query((rs, row) -> new Object[] {SearchNames.fold(rs.getString("name")), rs.getString("usrn")})
                .list();
        batch.batchUpdate("update gazetteer_street set search_name = ? where usrn = ?", names);
        return names.size();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static AddressRow address(ResultSet rs, int row) throws SQLException {
        return new AddressRow(rs.getString("uprn"), rs.getString("usrn"), rs.getString("organisation"),
                rs.getString("sub_building"), rs.getString("building_name"), rs.getString("building_number"),
                rs.getString("street"), rs.getString("town"), new Postcode(rs.getString("postcode")),
                rs.getString("ward"), rs.getDouble("latitude"), rs.getDouble("longitude"));
    }

    private static Street street(ResultSet rs, int row) throws SQLException {
        return new Street(rs.getString("usrn"), rs.getString("name"), rs.getString("town"), rs.getString("ward"),
                rs.getDouble("latitude"), rs.getDouble("longitude"));
    }
}
