package org.porth.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.porth.casework.CaseQuery;
import org.porth.casework.CaseStatus;
import org.porth.casework.Priority;

/**
 * A query's filters (all but the queues) as SQL conditions on service_case, with their parameters;
 * the text also matches the cases of the services named by it ({@code servicesNamed}).
 */
final class CaseConditions {

    private static final char NULL_CHARACTER = '\u0000';

    private final List<String> conditions = new ArrayList<>();

    CaseConditions(CaseQuery query, List<String> servicesNamed, String officer, Map<String, Object> params) {
        if (query.statuses().isEmpty()) {
            conditions.add("status <> 'CLOSED'");
        } else {
            conditions.add("status in (:statuses)");
            params.put("statuses", query.statuses().stream().map(CaseStatus::name).toList());
        }
        if (!query.priorities().isEmpty()) {
            conditions.add("priority in (:priorities)");
            params.put("priorities", query.priorities().stream().map(Priority::rank).toList());
        }
        if (query.ward() != null) {
            conditions.add("ward = :ward");
            params.put("ward", query.ward());
        }
        if (query.slaState() != null) {
            conditions.add("sla_state = :slaState");
            params.put("slaState", query.slaState().name());
        }
        switch (query.assignee()) {
            case ME -> {
                conditions.add("assigned_to = :officer");
                params.put("officer", officer);
            }
            case NOBODY -> conditions.add("assigned_to is null");
            case ANYONE -> { }
        }
        if (query.text() != null && query.text().indexOf(NULL_CHARACTER) >= 0) {
            // no case's text holds one (PostgreSQL cannot store it, nor take it as a parameter)
            conditions.add("1 = 0");
        } else if (query.text() != null) {
            // references are upper case (PTH-7K4M-2Q9D), service ids lower case (missed-bin); summaries
            // are compared in lower case, in either language (the officer may search in the other)
            String named = servicesNamed.isEmpty() ? "" : " or service_id in (:servicesNamed)";
            conditions.add("(reference like :reference escape '\\' or service_id like :lowerCase escape '\\'" + named
                    + " or lower(summary_en) like :lowerCase escape '\\' or lower(summary_cy) like :lowerCase escape '\\')");
            params.put("servicesNamed", servicesNamed);
            params.put("reference", "%" + likeLiteral(query.text().toUpperCase(Locale.ROOT)) + "%");
            params.put("lowerCase", "%" + likeLiteral(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
    }

    /** The conditions joined with {@code and}, to follow a {@code where} that has one already. */
    String and() {
        return conditions.stream().map(condition -> " and " + condition).reduce("", String::concat);
    }

    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
