package org.porth.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;

/**
 * The GOV.UK service KPIs of one service in a period: digital take-up (requests made online, by an app
 * or another system through the API or Open311, or by a sensor, against those staff keyed from a call
 * or a visit), cost per transaction and cost per outcome from the configured unit costs.
 *
 * @param channels requests by channel
 * @param outcomes cases that got an outcome in the period
 * @param cost     the costed requests' unit costs added up
 * @param costed   how many requests had a unit cost
 */
public record ServiceKpi(String serviceId, Map<String, Long> channels, long outcomes, BigDecimal cost, long costed) {

    /** The channels where staff key the request in for the resident; the others are digital. */
    public static final Set<String> STAFF_KEYED = Set.of("PHONE", "FACE_TO_FACE");

    public long requests() {
        return channels.values().stream().mapToLong(Long::longValue).sum();
    }

    public long digital() {
        return requests() - staffKeyed();
    }

    public long staffKeyed() {
        return channels.entrySet().stream().filter(channel -> STAFF_KEYED.contains(channel.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    public int digitalPercent() {
        return Percent.of(digital(), requests());
    }

    /** The average cost of a costed request, to the penny (half up); null when none was costed. */
    public BigDecimal costPerTransaction() {
        return costed == 0 ? null : cost.divide(BigDecimal.valueOf(costed), 2, RoundingMode.HALF_UP);
    }

    /** The requests' cost for each outcome reached, to the penny; null unless every request was costed and there was an outcome. */
    public BigDecimal costPerOutcome() {
        return outcomes == 0 || costed != requests() ? null : cost.divide(BigDecimal.valueOf(outcomes), 2, RoundingMode.HALF_UP);
    }
}
