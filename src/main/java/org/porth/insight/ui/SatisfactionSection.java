package org.porth.insight.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import org.porth.insight.Drill;
import org.porth.insight.Figure;
import org.porth.insight.Insight;
import org.porth.insight.InsightFilter;
import org.porth.insight.Percent;
import org.porth.insight.SatisfactionFigure;
import org.porth.insight.ui.FigureTable.Cell;

/**
 * Residents' answers to "how did you feel about the service?" per service: how many answered, the share
 * satisfied and the average score, each count drilling down to the requests whose residents answered.
 */
final class SatisfactionSection extends Sections {

    SatisfactionSection(Insight insight, InsightFilter filter, Names names, Words words, Consumer<Drill> drillDown) {
        super(insight, filter, names, words, drillDown);
    }

    Div satisfaction() {
        List<SatisfactionFigure> figures = insight.satisfaction(filter);
        FigureTable table = new FigureTable("satisfaction-table", List.of(words.get("insight.column.service"),
                words.get("insight.satisfaction.answers"), words.get("insight.satisfaction.satisfied"),
                words.get("insight.satisfaction.share"), words.get("insight.satisfaction.average")), drillDown);
        List<BarChart.Bar> bars = new ArrayList<>();
        long answers = 0;
        long satisfied = 0;
        for (SatisfactionFigure figure : figures) {
            String service = names.service(figure.serviceId());
            table.row(List.of(Cell.of(service),
                    new Cell(String.valueOf(figure.answers()), drill(figure, null)),
                    new Cell(String.valueOf(figure.satisfied()), drill(figure, Drill.SATISFIED)),
                    Cell.of(figure.satisfiedPercent() + " %"), Cell.of(figure.averageScore())));
            bars.add(new BarChart.Bar(service, new long[] {figure.satisfied(), figure.answers() - figure.satisfied()},
                    words.get("insight.satisfaction.chart", figure.answers(), figure.satisfiedPercent(), figure.averageScore())));
            answers += figure.answers();
            satisfied += figure.satisfied();
        }
        String title = words.get("insight.satisfaction.title");
        String headline = answers == 0 ? words.get("insight.none")
                : words.get("insight.satisfaction.headline", answers, Percent.of(satisfied, answers));
        return Section.of("satisfaction", title, headline,
                new BarChart("satisfaction-chart", title, headline, List.of(words.get("insight.satisfaction.satisfied"),
                        words.get("insight.satisfaction.not-satisfied")), bars),
                table.done(title, words.get("insight.csv"), "satisfaction.csv"));
    }

    private Drill drill(SatisfactionFigure figure, String state) {
        return new Drill(Figure.SATISFACTION, filter, null, figure.serviceId(), state);
    }
}
