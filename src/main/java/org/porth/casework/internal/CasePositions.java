package org.porth.casework.internal;

import java.util.Collection;
import java.util.List;

import org.porth.casework.CaseStatus;
import org.porth.casework.GeoPoint;
import org.porth.catalogue.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where each case's problem is, kept when the case opens, to find the open cases near a point. */
@Component
public class CasePositions {

    private final JdbcClient jdbc;

    CasePositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String caseId, GeoPoint point) {
        jdbc.sql("insert into case_position (case_id, latitude, longitude) values (?, ?, ?)")
                .params(caseId, point.latitude(), point.longitude()).update();
    }

    /**
     * The open cases in these queues whose point lies in the square of {@code metres} either side
     * of the point (the caller keeps those within the distance it wants).
     */
    public List<NearbyCase> openNear(GeoPoint point, double metres, Collection<String> queues) {
        if (queues.isEmpty()) {
            return List.of();
        }
        GeoPoint southWest = point.moved(-metres, -metres);
        GeoPoint northEast = point.moved(metres, metres);
        return jdbc.sql("""
                select c.reference, c.service_id, c.summary_en, c.summary_cy, c.status, c.submitted_at, p.latitude, p.longitude
                from case_position p join service_case c on c.id = p.case_id
                where p.latitude between :south and :north and p.longitude between :west and :east
                and c.status in (:open) and c.queue_id in (:queues)""")
                .param("south", southWest.latitude()).param("north", northEast.latitude())
                .param("west", southWest.longitude()).param("east", northEast.longitude())
                .param("open", OpenStatuses.NAMES).param("queues", List.copyOf(queues))
                .query((row, number) -> new NearbyCase(row.getString("reference"), row.getString("service_id"),
                        new Text(row.getString("summary_en"), row.getString("summary_cy")),
                        CaseStatus.valueOf(row.getString("status")),
                        new GeoPoint(row.getDouble("latitude"), row.getDouble("longitude")),
                        row.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    /** An open case found near a point, with what a queue shows of it and when it was reported. */
    public record NearbyCase(String reference, String serviceId, Text about, CaseStatus status, GeoPoint point,
            java.time.Instant submittedAt) {
    }
}
