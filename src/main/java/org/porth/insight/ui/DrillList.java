package org.porth.insight.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.NativeTable;
import org.porth.insight.Drill;
import org.porth.insight.DrillItem;
import org.porth.insight.Insight;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.Tables;

/**
 * The cases behind a figure, under the same access rules as the figure: as many lines as the figure
 * counted, the first {@value #SHOWN} of them listed, oldest first. Its heading takes the focus, so a
 * keyboard or screen reader user lands on what they asked for.
 */
final class DrillList extends Div {

    static final int SHOWN = 200;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Insight insight;
    private final Names names;
    private final Words words;
    private final Language language;

    DrillList(Insight insight, Names names, Words words, Language language) {
        this.insight = insight;
        this.names = names;
        this.words = words;
        this.language = language;
        setId("drill");
        addClassName("porth-insight-section");
        setVisible(false);
    }

    void show(Drill drill) {
        removeAll();
        long count = insight.count(drill);
        List<DrillItem> lines = insight.cases(drill, 0, SHOWN);
        H2 heading = new H2(words.get("insight.drill.title"));
        heading.addClassName("porth-heading-m");
        heading.setId("drill-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        Paragraph total = new Paragraph(words.get(count > SHOWN ? "insight.drill.first" : "insight.drill.count", count, SHOWN));
        total.setId("drill-count");
        NativeTable table = Tables.headed(List.of(words.get("insight.column.reference"), words.get("insight.column.service"),
                words.get("insight.column.team"), words.get("insight.column.counted-as"), words.get("insight.column.when"),
                words.get("insight.column.status")));
        NativeTableBody body = new NativeTableBody();
        for (DrillItem line : lines) {
            NativeTableRow row = new NativeTableRow();
            row.add(Tables.rowHeader(new Span(line.reference())), cell(names.service(line.serviceId())),
                    cell(names.team(line.teamId())), cell(words.get("insight.kind." + line.kind().name())),
                    cell(DateText.format(line.at(), LONDON, language)), cell(words.get("case.status." + line.status())));
            body.add(row);
        }
        table.add(body);
        table.setId("drill-table");
        add(heading, total, table);
        setVisible(true);
        heading.getElement().callJsFunction("focus");
    }

    private static NativeTableCell cell(String text) {
        return new NativeTableCell(text);
    }
}
