package org.porth.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.porth.casework.CaseQuery;
import org.porth.casework.CaseSort;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseSummary;
import org.porth.casework.Priority;
import org.porth.casework.SlaState;
import org.porth.catalogue.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pages and counts of cases in queues, read as rows (never as entities) in the order of an index
 * led by the queue (V51__case_listing_indexes.sql). Several queues are read as one ordered branch
 * each, merged: PostgreSQL then merges index scans instead of sorting every matching case.
 */
@Component
public class CaseListing {

    /** The summary's columns, and the id that ends most orders (merging branches orders by it too). */
    static final String COLUMNS = "reference, service_id, queue_id, status, priority, ward, assigned_to,"
            + " submitted_at, due_at, sla_state, routed_by_rule, summary_en, summary_cy, id";

    private final JdbcClient jdbc;

    CaseListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The cases of the queues matching the query, in the sort's order, from the offset; queues must
     * not be empty. The query's text also matches the cases of {@code servicesNamed}.
     */
    public List<CaseSummary> page(List<String> queues, CaseQuery query, List<String> servicesNamed, String officer,
            CaseSort sort, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String conditions = new CaseConditions(query, servicesNamed, officer, params).and();
        String orderBy = " order by " + orderBy(sort);
        params.put("offset", offset);
        params.put("limit", limit);
        String sql;
        if (queues.size() == 1) {
            params.put("queue", queues.getFirst());
            sql = "select " + COLUMNS + " from service_case where queue_id = :queue" + conditions + orderBy
                    + " offset :offset rows fetch next :limit rows only";
        } else {
            // each queue's branch needs no more than the rows up to the end of the page
            params.put("branchLimit", (long) offset + limit);
            sql = "select * from (" + IntStream.range(0, queues.size()).mapToObj(i -> {
                params.put("queue" + i, queues.get(i));
                return "(select " + COLUMNS + " from service_case where queue_id = :queue" + i + conditions + orderBy
                        + " fetch first :branchLimit rows only)";
            }).collect(Collectors.joining(" union all ")) + ") c" + orderBy
                    + " offset :offset rows fetch next :limit rows only";
        }
        return jdbc.sql(sql).params(params).query(CaseListing::summary).list();
    }

    public long count(List<String> queues, CaseQuery query, List<String> servicesNamed, String officer) {
        Map<String, Object> params = new HashMap<>();
        params.put("queues", queues);
        String conditions = new CaseConditions(query, servicesNamed, officer, params).and();
        return jdbc.sql("select count(*) from service_case where queue_id in (:queues)" + conditions)
                .params(params).query(Long.class).single();
    }

    private static String orderBy(CaseSort sort) {
        String forwards = switch (sort.order()) {
            case URGENCY -> "priority desc, due_at, id";
            case DUE -> "due_at, id";
            case SUBMITTED -> "submitted_at, id";
            case REFERENCE -> "reference";
        };
        return sort.reversed() ? reversed(forwards) : forwards;
    }

    /** Each column the other way: an index read backwards serves it. */
    private static String reversed(String orderBy) {
        return List.of(orderBy.split(", ")).stream()
                .map(column -> column.endsWith(" desc") ? column.substring(0, column.length() - 5) : column + " desc")
                .collect(Collectors.joining(", "));
    }

    static CaseSummary summary(ResultSet row, int number) throws SQLException {
        return new CaseSummary(row.getString("reference"), row.getString("service_id"), row.getString("queue_id"),
                CaseStatus.valueOf(row.getString("status")), Priority.ofRank(row.getInt("priority")),
                row.getString("ward"), row.getString("assigned_to"),
                row.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                row.getObject("due_at", OffsetDateTime.class).toInstant(),
                SlaState.valueOf(row.getString("sla_state")), row.getString("routed_by_rule"),
                new Text(row.getString("summary_en"), row.getString("summary_cy")));
    }
}
