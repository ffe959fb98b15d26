package org.porth.insight.opendata;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rule that keeps residents from being identified in open data (decision 0068): a count from 1 to 9
 * is suppressed; a total's parts are suppressed so that none can be worked out from the total and the
 * parts shown; a share is shown only when both the counts it divides (those in it and the rest) would
 * be shown themselves.
 */
final class Suppression {

    /** The smallest count published; 0 is published too (it identifies nobody). */
    static final long THRESHOLD = 10;

    private Suppression() {
    }

    static OpenCell count(long value) {
        return value > 0 && value < THRESHOLD ? OpenCell.SUPPRESSED : OpenCell.of(value);
    }

    /**
     * A total's parts, in their order. When exactly one part is suppressed and the total is shown, the
     * total less the parts shown would give it away, so the smallest other part that is not 0 goes too
     * (there is one: otherwise the suppressed part would be the total, at least 10).
     */
    static Map<String, OpenCell> parts(long total, Map<String, Long> parts) {
        Map<String, OpenCell> cells = new LinkedHashMap<>();
        parts.forEach((key, value) -> cells.put(key, count(value)));
        long suppressed = cells.values().stream().filter(OpenCell::suppressed).count();
        if (suppressed == 1 && !count(total).suppressed()) {
            parts.entrySet().stream().filter(part -> part.getValue() > 0 && !cells.get(part.getKey()).suppressed())
                    .min(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                    .ifPresent(part -> cells.put(part.getKey(), OpenCell.SUPPRESSED));
        }
        return cells;
    }

    /** The share {@code part} of {@code base} as a whole percentage (half up); of nothing, not applicable. */
    static OpenCell share(long part, long base) {
        if (base == 0) {
            return OpenCell.NOT_APPLICABLE;
        }
        if (count(part).suppressed() || count(base - part).suppressed()) {
            return OpenCell.SUPPRESSED;
        }
        return OpenCell.of(org.porth.insight.Percent.of(part, base));
    }
}
