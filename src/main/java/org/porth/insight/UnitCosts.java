package org.porth.insight;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one request costs the council by the channel it came in by, in pounds, for the GOV.UK cost per
 * transaction and the cost per outcome: {@code porth.insight.unit-cost[WEB]=0.15} and so on, by
 * {@code catalogue.Channel} name, in {@code application.properties}. A channel without one is not costed, and a service with requests from it has no cost per outcome.
 */
@ConfigurationProperties("porth.insight")
public record UnitCosts(Map<String, BigDecimal> unitCost) {

    public UnitCosts {
        unitCost = unitCost == null ? Map.of() : Map.copyOf(unitCost);
    }
}
