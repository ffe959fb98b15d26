package org.porth.insight.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import org.porth.insight.Outlook;
import org.porth.insight.forecast.Accuracy;
import org.porth.insight.forecast.DemandForecast;
import org.porth.insight.ui.FigureTable.Cell;

/**
 * Looking ahead (decision 0067): per queue, the cases open now and those expected in the next eight
 * weeks, how fast it closes them and whether it will miss its service level; per service, the demand
 * expected. Each forecast with its accuracy on the twelve weeks before, which it had not seen. The
 * filter's period plays no part: the forecast always starts from the last whole week.
 */
final class LookingAheadSection {

    private final Outlook outlook;
    private final Names names;
    private final Words words;
    private final DateTimeFormatter dates;

    LookingAheadSection(Outlook outlook, Names names, Words words, Locale locale) {
        this.outlook = outlook;
        this.names = names;
        this.words = words;
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    Div section() {
        FigureTable queues = new FigureTable("ahead-queues-table", List.of(words.get("insight.column.queue"),
                words.get("insight.ahead.expected"), words.get("insight.ahead.accuracy"), words.get("insight.ahead.open"),
                words.get("insight.ahead.closing"), words.get("insight.ahead.level"), words.get("insight.ahead.outlook")),
                drill -> { });
        List<BarChart.Bar> bars = new ArrayList<>();
        List<Outlook.Queue> breaching = new ArrayList<>();
        for (Outlook.Queue queue : outlook.queues()) {
            String name = names.queue(queue.queueId());
            long expected = Math.round(Outlook.expected(queue.forecast()));
            String ahead = queue.breach().map(breach -> words.get("insight.ahead.misses", day(breach.monday())))
                    .orElseGet(() -> queue.targetWorkingDays().isPresent() ? words.get("insight.ahead.keeps")
                            : words.get("insight.ahead.no-level"));
            queue.breach().ifPresent(breach -> breaching.add(queue));
            queues.row(List.of(Cell.of(name), Cell.of(expected), Cell.of(accuracy(queue.forecast())), Cell.of(queue.open()),
                    Cell.of(Math.round(queue.closedPerWeek() * 10) / 10.0),
                    Cell.of(queue.targetWorkingDays().map(days -> words.get("insight.ahead.days", days)).orElse("")),
                    Cell.of(ahead)));
            bars.add(new BarChart.Bar(name, new long[] {queue.open(), expected},
                    words.get("insight.ahead.chart", queue.open(), expected) + (queue.breach().isPresent() ? " " + ahead : "")));
        }
        FigureTable services = new FigureTable("ahead-services-table", List.of(words.get("insight.column.service"),
                words.get("insight.ahead.expected"), words.get("insight.ahead.accuracy"), words.get("insight.ahead.method")),
                drill -> { });
        double total = 0;
        for (Outlook.Service service : outlook.services()) {
            double expected = Outlook.expected(service.forecast());
            total += expected;
            services.row(List.of(Cell.of(names.service(service.serviceId())), Cell.of(Math.round(expected)),
                    Cell.of(accuracy(service.forecast())), Cell.of(words.get("insight.ahead.method." + service.forecast().method().name()))));
        }
        String title = words.get("insight.ahead.title");
        String headline = headline(Math.round(total), breaching);
        Div section = Section.of("looking-ahead", title, headline,
                new BarChart("ahead-chart", title, headline, List.of(words.get("insight.ahead.open"),
                        words.get("insight.ahead.expected")), bars),
                queues.done(words.get("insight.ahead.queues"), words.get("insight.csv"), "looking-ahead-queues.csv"));
        section.add(services.done(words.get("insight.ahead.services"), words.get("insight.csv"), "looking-ahead-services.csv"));
        return section;
    }

    private String headline(long expected, List<Outlook.Queue> breaching) {
        if (outlook.services().isEmpty()) {
            return words.get("insight.ahead.too-short");
        }
        String from = day(outlook.lastMonday().plusWeeks(1));
        if (breaching.isEmpty()) {
            return words.get("insight.ahead.headline.keeps", expected, from);
        }
        Outlook.Queue first = breaching.stream().min(Comparator.comparing(queue -> queue.breach().orElseThrow().monday()))
                .orElseThrow();
        return words.get("insight.ahead.headline.misses", expected, from, breaching.size(), names.queue(first.queueId()),
                day(first.breach().orElseThrow().monday()));
    }

    /** The mean absolute percentage error on the held-back weeks, or a dash when none had demand. */
    private String accuracy(DemandForecast forecast) {
        Accuracy accuracy = forecast.accuracy();
        return accuracy.mape().isPresent() ? words.get("insight.ahead.mape", Math.round(accuracy.mape().getAsDouble()))
                : words.get("insight.ahead.no-mape");
    }

    private String day(LocalDate date) {
        return dates.format(date);
    }
}
