package org.porth.insight.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import org.porth.insight.AgeBand;
import org.porth.insight.Backlog;
import org.porth.insight.Drill;
import org.porth.insight.Figure;
import org.porth.insight.Insight;
import org.porth.insight.InsightFilter;
import org.porth.insight.OutcomeCount;
import org.porth.insight.Percent;
import org.porth.insight.ServiceLevel;
import org.porth.insight.ui.FigureTable.Cell;

/** The open cases today, by age and against their service levels; and the outcomes of the period. */
final class CaseSections extends Sections {

    CaseSections(Insight insight, InsightFilter filter, Names names, Words words, Consumer<Drill> drillDown) {
        super(insight, filter, names, words, drillDown);
    }

    Div backlog() {
        Map<String, Map<AgeBand, Long>> byQueue = new LinkedHashMap<>();
        Map<AgeBand, Long> byBand = new EnumMap<>(AgeBand.class);
        for (Backlog counted : insight.backlog(filter)) {
            byQueue.computeIfAbsent(counted.queueId(), queue -> new EnumMap<>(AgeBand.class)).put(counted.band(), counted.cases());
            byBand.merge(counted.band(), counted.cases(), Long::sum);
        }
        List<String> headings = new ArrayList<>(List.of(words.get("insight.column.queue")));
        for (AgeBand band : AgeBand.values()) {
            headings.add(words.get("insight.band." + band.name()));
        }
        FigureTable table = new FigureTable("backlog-table", headings, drillDown);
        byQueue.forEach((queue, bands) -> {
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(names.queue(queue))));
            for (AgeBand band : AgeBand.values()) {
                cells.add(new Cell(String.valueOf(bands.getOrDefault(band, 0L)),
                        new Drill(Figure.BACKLOG, filter, null, queue, band.name())));
            }
            table.row(cells);
        });
        List<BarChart.Bar> bars = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            long cases = byBand.getOrDefault(band, 0L);
            bars.add(new BarChart.Bar(words.get("insight.band." + band.name()), new long[] {cases}, String.valueOf(cases)));
        }
        long open = byBand.values().stream().mapToLong(Long::longValue).sum();
        String headline = words.get("insight.backlog.headline", open, byBand.getOrDefault(AgeBand.OVER_20, 0L));
        String title = words.get("insight.backlog.title");
        return Section.of("backlog", title, headline,
                new BarChart("backlog-chart", title, headline, List.of(words.get("insight.column.open")), bars),
                table.done(title, words.get("insight.csv"), "backlog.csv"));
    }

    Div serviceLevels() {
        List<ServiceLevel> levels = insight.serviceLevels(filter);
        FigureTable table = new FigureTable("service-levels-table", List.of(words.get("insight.column.service"),
                words.get("insight.column.team"), words.get("insight.sla.ON_TRACK"), words.get("insight.sla.AT_RISK"),
                words.get("insight.sla.BREACHED"), words.get("insight.column.within")), drillDown);
        List<BarChart.Bar> bars = new ArrayList<>();
        for (ServiceLevel level : levels) {
            String service = names.service(level.serviceId());
            table.row(List.of(Cell.of(service), Cell.of(names.team(level.teamId())),
                    new Cell(String.valueOf(level.onTrack()), drill(level, "ON_TRACK")),
                    new Cell(String.valueOf(level.atRisk()), drill(level, "AT_RISK")),
                    new Cell(String.valueOf(level.breached()), drill(level, "BREACHED")),
                    Cell.of(level.withinTargetPercent() + " %")));
            bars.add(new BarChart.Bar(service + " (" + names.team(level.teamId()) + ")",
                    new long[] {level.onTrack(), level.atRisk(), level.breached()},
                    words.get("insight.chart.sla", level.onTrack(), level.atRisk(), level.breached())));
        }
        long open = levels.stream().mapToLong(ServiceLevel::open).sum();
        long within = levels.stream().mapToLong(ServiceLevel::onTrack).sum();
        String headline = words.get("insight.sla.headline", Percent.of(within, open),
                levels.stream().mapToLong(ServiceLevel::atRisk).sum(), levels.stream().mapToLong(ServiceLevel::breached).sum());
        String title = words.get("insight.sla.title");
        return Section.of("service-levels", title, headline,
                new BarChart("service-levels-chart", title, headline, List.of(words.get("insight.sla.ON_TRACK"),
                        words.get("insight.sla.AT_RISK"), words.get("insight.sla.BREACHED")), bars),
                table.done(title, words.get("insight.csv"), "service-levels.csv"));
    }

    Div outcomes() {
        List<OutcomeCount> outcomes = insight.outcomes(filter);
        FigureTable table = new FigureTable("outcomes-table", List.of(words.get("insight.column.service"),
                words.get("insight.column.outcome"), words.get("insight.column.cases"), words.get("insight.column.reopened")),
                drillDown);
        Map<String, long[]> byService = new LinkedHashMap<>();
        for (OutcomeCount outcome : outcomes) {
            table.row(List.of(Cell.of(names.service(outcome.serviceId())), Cell.of(names.outcome(outcome.outcome())),
                    new Cell(String.valueOf(outcome.cases()),
                            new Drill(Figure.OUTCOME, filter, null, outcome.serviceId(), outcome.outcome())),
                    Cell.of(outcome.reopened())));
            long[] sums = byService.computeIfAbsent(outcome.serviceId(), service -> new long[2]);
            sums[0] += outcome.cases() - outcome.reopened();
            sums[1] += outcome.reopened();
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        byService.forEach((service, sums) -> bars.add(new BarChart.Bar(names.service(service), sums,
                words.get("insight.chart.outcomes", sums[0] + sums[1], Percent.of(sums[1], sums[0] + sums[1])))));
        long ended = outcomes.stream().mapToLong(OutcomeCount::cases).sum();
        long reopened = outcomes.stream().mapToLong(OutcomeCount::reopened).sum();
        String headline = words.get("insight.outcomes.headline", ended, Percent.of(reopened, ended));
        String title = words.get("insight.outcomes.title");
        return Section.of("outcomes", title, headline,
                new BarChart("outcomes-chart", title, headline, List.of(words.get("insight.outcomes.first-time"),
                        words.get("insight.column.reopened")), bars),
                table.done(title, words.get("insight.csv"), "outcomes.csv"));
    }

    private Drill drill(ServiceLevel level, String state) {
        return new Drill(Figure.SERVICE_LEVEL, filter.withTeam(level.teamId()), null, level.serviceId(), state);
    }
}
