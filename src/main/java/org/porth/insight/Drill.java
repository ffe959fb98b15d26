package org.porth.insight;

/**
 * A figure to list the cases behind, with the filter it was shown under.
 *
 * @param dimension for demand: what {@code key} names (null: all demand under the filter)
 * @param key       the day, service, team, ward ('' for none), channel or queue the figure is of
 * @param state     the part of the figure: FAILURE, an age band, a service-level state, an outcome or SATISFIED
 */
public record Drill(Figure figure, InsightFilter filter, Dimension dimension, String key, String state) {

    public static final String FAILURE = "FAILURE";
    /** Of the satisfaction answers, those satisfied or very satisfied. */
    public static final String SATISFIED = "SATISFIED";
}
