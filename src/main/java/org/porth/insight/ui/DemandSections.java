package org.porth.insight.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import org.porth.insight.Demand;
import org.porth.insight.Dimension;
import org.porth.insight.Drill;
import org.porth.insight.Figure;
import org.porth.insight.Insight;
import org.porth.insight.InsightFilter;
import org.porth.insight.Period;
import org.porth.insight.ui.FigureTable.Cell;

/** Demand over time, and by service (with failure demand's share, this period and the last), channel and ward. */
final class DemandSections extends Sections {

    DemandSections(Insight insight, InsightFilter filter, Names names, Words words, Consumer<Drill> drillDown) {
        super(insight, filter, names, words, drillDown);
    }

    /** Days for a month or less; weeks (from Monday) for longer periods. */
    Div overTime() {
        Demand now = insight.totalDemand(filter);
        Demand before = insight.totalDemand(filter.withPeriod(filter.period().previous()));
        boolean weekly = filter.period().days() > 31;
        Map<Period, Demand> groups = new LinkedHashMap<>();
        for (Demand day : insight.demand(Dimension.DAY, filter)) {
            LocalDate date = LocalDate.parse(day.key());
            LocalDate from = weekly ? max(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), filter.period().from()) : date;
            LocalDate to = weekly ? min(from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), filter.period().to()) : date;
            groups.merge(Period.custom(from, to), day, Demand::plus);
        }
        FigureTable table = new FigureTable("demand-time-table", List.of(words.get(weekly ? "insight.column.week" : "insight.column.day"),
                words.get("insight.column.value"), words.get("insight.column.failure"), words.get("insight.column.total")), drillDown);
        List<BarChart.Bar> bars = new ArrayList<>();
        groups.forEach((period, demand) -> {
            String label = period.from().toString();
            InsightFilter those = filter.withPeriod(period);
            table.row(List.of(Cell.of(label), Cell.of(demand.value()),
                    new Cell(String.valueOf(demand.failure()), new Drill(Figure.DEMAND, those, null, null, Drill.FAILURE)),
                    new Cell(String.valueOf(demand.total()), new Drill(Figure.DEMAND, those, null, null, null))));
            bars.add(bar(label, demand));
        });
        String headline = words.get("insight.demand.headline", now.total(), now.failurePercent(), before.total(),
                before.failurePercent(), periodWords());
        BarChart chart = new BarChart("demand-time-chart", words.get("insight.demand.time.title"), headline, series(), bars);
        return Section.of("demand-time", words.get("insight.demand.time.title"), headline, chart,
                table.done(words.get("insight.demand.time.title"), words.get("insight.csv"), "demand-over-time.csv"));
    }

    /** Failure demand's share per service, this period against the last: what managers act on. */
    Div failureByService() {
        Map<String, Demand> before = new LinkedHashMap<>();
        insight.demand(Dimension.SERVICE, filter.withPeriod(filter.period().previous())).forEach(d -> before.put(d.key(), d));
        List<Demand> now = insight.demand(Dimension.SERVICE, filter);
        FigureTable table = new FigureTable("failure-table", List.of(words.get("insight.column.service"),
                words.get("insight.column.total"), words.get("insight.column.failure"), words.get("insight.column.share"),
                words.get("insight.column.share-before")), drillDown);
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Demand demand : now) {
            Demand earlier = before.getOrDefault(demand.key(), Demand.none(demand.key()));
            table.row(List.of(Cell.of(names.service(demand.key())),
                    new Cell(String.valueOf(demand.total()), drill(Dimension.SERVICE, demand.key(), null)),
                    new Cell(String.valueOf(demand.failure()), drill(Dimension.SERVICE, demand.key(), Drill.FAILURE)),
                    Cell.of(demand.failurePercent() + " %"), Cell.of(earlier.total() == 0 ? "–" : earlier.failurePercent() + " %")));
            bars.add(bar(names.service(demand.key()), demand));
        }
        String headline = now.stream().max(Comparator.comparingLong(Demand::failure))
                .map(most -> failureHeadline(most, before.get(most.key())))
                .orElse(words.get("insight.none"));
        BarChart chart = new BarChart("failure-chart", words.get("insight.failure.title"), headline, series(), bars);
        return Section.of("failure", words.get("insight.failure.title"), headline, chart,
                table.done(words.get("insight.failure.title"), words.get("insight.csv"), "failure-demand-by-service.csv"));
    }

    /** Demand by channel or ward, against the period before. */
    Div by(Dimension dimension, Function<String, String> name) {
        String id = "demand-" + dimension.name().toLowerCase(java.util.Locale.ROOT);
        Map<String, Long> before = new LinkedHashMap<>();
        insight.demand(dimension, filter.withPeriod(filter.period().previous())).forEach(d -> before.put(d.key(), d.total()));
        List<Demand> now = insight.demand(dimension, filter);
        FigureTable table = new FigureTable(id + "-table", List.of(words.get("insight.column." + dimension.name()),
                words.get("insight.column.value"), words.get("insight.column.failure"), words.get("insight.column.total"),
                words.get("insight.column.total-before")), drillDown);
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Demand demand : now) {
            table.row(List.of(Cell.of(name.apply(demand.key())), Cell.of(demand.value()),
                    new Cell(String.valueOf(demand.failure()), drill(dimension, demand.key(), Drill.FAILURE)),
                    new Cell(String.valueOf(demand.total()), drill(dimension, demand.key(), null)),
                    Cell.of(before.getOrDefault(demand.key(), 0L))));
            bars.add(bar(name.apply(demand.key()), demand));
        }
        String title = words.get("insight.demand." + dimension.name() + ".title");
        String headline = now.stream().max(Comparator.comparingLong(Demand::total))
                .map(most -> words.get("insight.demand.by.headline", name.apply(most.key()), most.total(),
                        insight.totalDemand(filter).total()))
                .orElse(words.get("insight.none"));
        return Section.of(id, title, headline, new BarChart(id + "-chart", title, headline, series(), bars),
                table.done(title, words.get("insight.csv"), id + ".csv"));
    }

    private String failureHeadline(Demand now, Demand before) {
        String service = names.service(now.key());
        if (before == null || before.total() == 0) {
            return words.get("insight.failure.headline.new", service, now.failurePercent(), periodWords());
        }
        String direction = now.failurePercent() < before.failurePercent() ? "fell"
                : now.failurePercent() > before.failurePercent() ? "rose" : "same";
        return words.get("insight.failure.headline." + direction, service, before.failurePercent(), now.failurePercent(),
                periodWords());
    }

    private String periodWords() {
        return words.get("insight.period.this." + filter.period().kind().name());
    }

    private Drill drill(Dimension dimension, String key, String state) {
        return new Drill(Figure.DEMAND, filter, dimension, key, state);
    }

    private List<String> series() {
        return List.of(words.get("insight.column.value"), words.get("insight.column.failure"));
    }

    private BarChart.Bar bar(String label, Demand demand) {
        return new BarChart.Bar(label, new long[] {demand.value(), demand.failure()},
                words.get("insight.chart.demand", demand.value(), demand.failure()));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
