package org.porth.insight.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import org.porth.insight.Drill;
import org.porth.insight.Insight;
import org.porth.insight.InsightFilter;
import org.porth.insight.Kpis;
import org.porth.insight.Percent;
import org.porth.insight.SatisfactionFigure;
import org.porth.insight.ServiceKpi;
import org.porth.insight.ui.FigureTable.Cell;

/**
 * The GOV.UK service KPIs per service: digital take-up against staff keyed, user satisfaction (the
 * residents' answers, as in their own section), cost per transaction and cost per outcome from the
 * configured unit costs ("–" where they are not configured).
 */
final class KpiSection extends Sections {

    private final Kpis kpis;

    KpiSection(Insight insight, Kpis kpis, InsightFilter filter, Names names, Words words, Consumer<Drill> drillDown) {
        super(insight, filter, names, words, drillDown);
        this.kpis = kpis;
    }

    Div kpis() {
        Map<String, Integer> satisfied = insight.satisfaction(filter).stream()
                .collect(Collectors.toMap(SatisfactionFigure::serviceId, SatisfactionFigure::satisfiedPercent));
        FigureTable table = new FigureTable("kpi-table", List.of(words.get("insight.column.service"),
                words.get("insight.kpi.requests"), words.get("insight.kpi.digital"), words.get("insight.kpi.staff-keyed"),
                words.get("insight.kpi.take-up"), words.get("insight.satisfaction.share"),
                words.get("insight.kpi.per-transaction"), words.get("insight.kpi.per-outcome")), drillDown);
        List<BarChart.Bar> bars = new ArrayList<>();
        long requests = 0;
        long digital = 0;
        for (ServiceKpi kpi : kpis.perService(filter)) {
            String service = names.service(kpi.serviceId());
            Integer share = satisfied.get(kpi.serviceId());
            table.row(List.of(Cell.of(service), Cell.of(kpi.requests()), Cell.of(kpi.digital()), Cell.of(kpi.staffKeyed()),
                    Cell.of(kpi.digitalPercent() + " %"), Cell.of(share == null ? "–" : share + " %"),
                    Cell.of(pounds(kpi.costPerTransaction())), Cell.of(pounds(kpi.costPerOutcome()))));
            bars.add(new BarChart.Bar(service, new long[] {kpi.digital(), kpi.staffKeyed()},
                    words.get("insight.kpi.chart", kpi.requests(), kpi.digitalPercent())));
            requests += kpi.requests();
            digital += kpi.digital();
        }
        String title = words.get("insight.kpi.title");
        String headline = requests == 0 ? words.get("insight.none")
                : words.get("insight.kpi.headline", Percent.of(digital, requests), requests);
        return Section.of("kpi", title, headline,
                new BarChart("kpi-chart", title, headline, List.of(words.get("insight.kpi.digital"),
                        words.get("insight.kpi.staff-keyed")), bars),
                table.done(title, words.get("insight.csv"), "kpis.csv"));
    }

    private static String pounds(BigDecimal amount) {
        return amount == null ? "–" : "£" + amount.toPlainString();
    }
}
