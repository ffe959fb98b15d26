package org.porth.insight.opendata;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One service's published month: requests and their channels, the share of the month's requests within
 * their service level, outcomes reached in the month, and the residents' satisfaction answers with the
 * share satisfied (4 or 5 of 5). Every cell already suppressed as decision 0068 says.
 *
 * @param channels by {@code catalogue.Channel} name, every channel in its order
 * @param outcomeCounts by {@code casework.Outcome} name, every outcome in its order
 */
public record OpenStatistics(YearMonth month, String serviceId, OpenCell requests, Map<String, OpenCell> channels,
        OpenCell withinTargetPercent, OpenCell outcomes, Map<String, OpenCell> outcomeCounts, OpenCell answers,
        OpenCell satisfiedPercent) {

    /** Every figure in the order the CSV's columns and the JSON's fields give them, by field name. */
    public Map<String, OpenCell> cells() {
        Map<String, OpenCell> cells = new java.util.LinkedHashMap<>();
        cells.put("requests", requests);
        channels.forEach((channel, cell) -> cells.put("channel_" + channel.toLowerCase(java.util.Locale.ROOT), cell));
        cells.put("within_target_percent", withinTargetPercent);
        cells.put("outcomes", outcomes);
        outcomeCounts.forEach((outcome, cell) -> cells.put("outcome_" + outcome.toLowerCase(java.util.Locale.ROOT), cell));
        cells.put("satisfaction_answers", answers);
        cells.put("satisfied_percent", satisfiedPercent);
        return cells;
    }

    /** The names of the fields suppressed. */
    public List<String> suppressed() {
        List<String> names = new ArrayList<>();
        cells().forEach((name, cell) -> {
            if (cell.suppressed()) {
                names.add(name);
            }
        });
        return names;
    }
}
