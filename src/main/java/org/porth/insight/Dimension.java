package org.porth.insight;

/** What demand is grouped by, and the roll-up column that holds it. */
public enum Dimension {
    DAY("on_day"),
    SERVICE("service_id"),
    TEAM("team_id"),
    WARD("ward"),
    CHANNEL("channel");

    private final String column;

    Dimension(String column) {
        this.column = column;
    }

    /** The column in {@code insight_daily}; {@code insight_case} names the day {@code submitted_day}. */
    public String column() {
        return column;
    }
}
