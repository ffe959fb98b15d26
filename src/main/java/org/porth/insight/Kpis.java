package org.porth.insight;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Digital take-up, cost per transaction and cost per outcome per service (issue 18's GOV.UK KPIs),
 * from the dashboard's own figures, so with its access rules: a supervisor, their teams only.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(UnitCosts.class)
public class Kpis {

    private final Insight insight;
    private final UnitCosts costs;

    Kpis(Insight insight, UnitCosts costs) {
        this.insight = insight;
        this.costs = costs;
    }

    /** Every service with requests in the period, by id. */
    @PreAuthorize(Insight.READERS)
    public List<ServiceKpi> perService(InsightFilter filter) {
        Map<String, Long> outcomes = insight.outcomes(filter).stream()
                .collect(Collectors.groupingBy(OutcomeCount::serviceId, Collectors.summingLong(OutcomeCount::cases)));
        return insight.demand(Dimension.SERVICE, filter).stream().filter(service -> service.requests() > 0)
                .map(service -> kpi(service.key(), filter, outcomes.getOrDefault(service.key(), 0L))).toList();
    }

    private ServiceKpi kpi(String serviceId, InsightFilter filter, long outcomes) {
        Map<String, Long> channels = new TreeMap<>();
        insight.demand(Dimension.CHANNEL, filter.withService(serviceId)).stream().filter(channel -> channel.requests() > 0)
                .forEach(channel -> channels.put(channel.key(), channel.requests()));
        BigDecimal cost = BigDecimal.ZERO;
        long costed = 0;
        for (Map.Entry<String, Long> channel : channels.entrySet()) {
            BigDecimal unit = costs.unitCost().get(channel.getKey());
            if (unit != null) {
                cost = cost.add(unit.multiply(BigDecimal.valueOf(channel.getValue())));
                costed += channel.getValue();
            }
        }
        return new ServiceKpi(serviceId, channels, outcomes, cost, costed);
    }
}
