package org.porth.shell;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * The audit log of one thing an administrator looks after (an API client, a webhook endpoint, a
 * partner): a heading and a table of when, who, what and the detail. Its texts come from the bundle
 * keys {@code <prefix>.audit.heading|when|who|what|detail} and {@code <prefix>.audit.<action>}.
 */
public class AuditLogTable extends Div {

    /** One change in the log; {@code detail} may be missing. */
    public record Line(Instant at, String who, String action, String detail) {
    }

    public AuditLogTable(String prefix, String tableId, List<Line> lines, Function<Instant, String> when) {
        H2 heading = new H2(getTranslation(prefix + ".audit.heading"));
        heading.addClassName("porth-heading-m");
        NativeTable table = Tables.headed(List.of(getTranslation(prefix + ".audit.when"),
                getTranslation(prefix + ".audit.who"), getTranslation(prefix + ".audit.what"),
                getTranslation(prefix + ".audit.detail")));
        table.setId(tableId);
        NativeTableBody body = new NativeTableBody();
        lines.forEach(line -> body.add(new NativeTableRow(new NativeTableCell(when.apply(line.at())),
                new NativeTableCell(line.who()), new NativeTableCell(getTranslation(prefix + ".audit." + line.action())),
                new NativeTableCell(line.detail() == null ? "" : line.detail()))));
        table.add(body);
        add(heading, Tables.scrolling(table, heading.getText()));
    }
}
