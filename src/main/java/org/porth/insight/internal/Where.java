package org.porth.insight.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.porth.insight.InsightFilter;

/**
 * A where clause and its named parameters, built from a filter and the teams the person may see
 * (null: every team; empty: none, so nothing matches).
 */
final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** The filter's service, team, ward and channel on a table (alias) with those columns. */
    static Where of(InsightFilter filter, Set<String> teams, String alias) {
        Where where = new Where();
        where.equal(alias + "service_id", "service", filter.serviceId());
        where.equal(alias + "team_id", "team", filter.teamId());
        where.equal(alias + "channel", "channel", filter.channel());
        if (filter.ward() != null) {
            where.and("coalesce(" + alias + "ward, '') = :ward", "ward", filter.ward());
        }
        if (teams != null) {
            where.and(alias + "team_id in (:teams)", "teams", teams.isEmpty() ? List.of("") : List.copyOf(teams));
        }
        return where;
    }

    Where and(String condition, String name, Object value) {
        conditions.add(condition);
        params.put(name, value);
        return this;
    }

    Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    Where param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    private void equal(String column, String name, String value) {
        if (value != null) {
            and(column + " = :" + name, name, value);
        }
    }

    String sql() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    Map<String, Object> params() {
        return params;
    }
}
