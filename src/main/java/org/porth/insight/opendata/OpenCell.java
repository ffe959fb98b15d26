package org.porth.insight.opendata;

/**
 * One published figure: a count or a whole percentage, suppressed (decision 0068), or not applicable
 * (a share of nothing). In CSV a suppressed cell reads {@code [c]} and one not applicable {@code [z]},
 * the Government Statistical Service's shorthands; in JSON both are {@code null}, and a row names its
 * suppressed fields.
 */
public record OpenCell(Long value, boolean suppressed) {

    static final OpenCell SUPPRESSED = new OpenCell(null, true);
    static final OpenCell NOT_APPLICABLE = new OpenCell(null, false);

    static OpenCell of(long value) {
        return new OpenCell(value, false);
    }

    /** As a CSV field. */
    public String csv() {
        return suppressed ? "[c]" : value == null ? "[z]" : value.toString();
    }
}
