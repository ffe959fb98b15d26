package org.porth.insight.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.porth.insight.opendata.OpenCell;
import org.porth.insight.opendata.OpenStatistics;
import org.porth.shared.Language;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data as files anyone can read with a program: the same in either page language, with fixed
 * field names and both of a service's names. CSV (RFC 4180) has a row per month and service, a
 * suppressed cell reading {@code [c]} and one not applicable {@code [z]}; JSON carries the licence and
 * the suppression rule with the rows, a suppressed or not applicable figure is {@code null}, and each
 * row lists its suppressed fields.
 */
final class OpenDataFiles {

    static final String LICENCE = "Open Government Licence v3.0";
    static final String LICENCE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    static final String SUPPRESSION = "A count from 1 to 9 is suppressed so that nobody can be identified, and so is"
            + " the smallest other count of its group when one alone would be given away by the total; a percentage is"
            + " suppressed when fewer than 10 are on either side of it. A suppressed figure is null and named in its"
            + " row's suppressed list; a percentage of nothing is null and not listed.";

    private final List<OpenStatistics> rows;
    private final Function<Language, Function<String, String>> serviceNames;

    /** The rows, and a service's name in each language by its id. */
    OpenDataFiles(List<OpenStatistics> rows, Function<Language, Function<String, String>> serviceNames) {
        this.rows = rows;
        this.serviceNames = serviceNames;
    }

    String csv() {
        StringBuilder csv = new StringBuilder();
        if (rows.isEmpty()) {
            return csv.toString();
        }
        List<String> headings = new ArrayList<>(List.of("month", "service_id", "service_name_en", "service_name_cy"));
        headings.addAll(rows.getFirst().cells().keySet());
        csv.append(FigureTable.line(headings));
        for (OpenStatistics row : rows) {
            List<String> fields = new ArrayList<>(List.of(row.month().toString(), row.serviceId(),
                    name(Language.ENGLISH, row), name(Language.WELSH, row)));
            row.cells().values().forEach(cell -> fields.add(cell.csv()));
            csv.append(FigureTable.line(fields));
        }
        return csv.toString();
    }

    String json() {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("licence", Map.of("name", LICENCE, "url", LICENCE_URL));
        file.put("suppression", SUPPRESSION);
        List<Map<String, Object>> published = new ArrayList<>();
        for (OpenStatistics row : rows) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("month", row.month().toString());
            fields.put("service_id", row.serviceId());
            fields.put("service_name_en", name(Language.ENGLISH, row));
            fields.put("service_name_cy", name(Language.WELSH, row));
            row.cells().forEach((name, cell) -> fields.put(name, cell.value()));
            fields.put("suppressed", row.suppressed());
            published.add(fields);
        }
        file.put("rows", published);
        return JsonMapper.builder().build().writeValueAsString(file);
    }

    private String name(Language language, OpenStatistics row) {
        return serviceNames.apply(language).apply(row.serviceId());
    }

    /** A cell as the page shows it: the CSV's text, a percentage with its sign. */
    static String shown(OpenCell cell, boolean percent) {
        return percent && cell.value() != null ? cell.value() + "%" : cell.csv();
    }
}
