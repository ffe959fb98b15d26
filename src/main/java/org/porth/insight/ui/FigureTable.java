package org.porth.insight.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.porth.insight.Drill;
import org.porth.shell.Tables;

/**
 * The table a chart pictures: its first column heads each row, and a figure with cases behind it is
 * a button that lists them. The same rows download as CSV.
 */
final class FigureTable extends Div {

    /** A cell: its text, and the figure it drills down to (null: none). */
    record Cell(String text, Drill drill) {
        static Cell of(Object text) {
            return new Cell(String.valueOf(text), null);
        }
    }

    private final List<String> headings;
    private final List<List<Cell>> rows = new ArrayList<>();
    private final Consumer<Drill> drillDown;

    FigureTable(String id, List<String> headings, Consumer<Drill> drillDown) {
        this.headings = headings;
        this.drillDown = drillDown;
        setId(id);
        addClassName("porth-insight-table");
    }

    FigureTable row(List<Cell> cells) {
        rows.add(cells);
        return this;
    }

    /** Draws the table and its CSV link; call after the last row. */
    FigureTable done(String caption, String csvText, String fileName) {
        NativeTable table = Tables.headed(headings);
        table.getElement().appendChild(new com.vaadin.flow.dom.Element("caption").setText(caption));
        NativeTableBody body = new NativeTableBody();
        for (List<Cell> cells : rows) {
            NativeTableRow row = new NativeTableRow();
            row.add(Tables.rowHeader(new Span(cells.getFirst().text())));
            cells.stream().skip(1).forEach(cell -> row.add(cell(cell)));
            body.add(row);
        }
        table.add(body);
        byte[] csv = csv().getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(csv), fileName, "text/csv; charset=utf-8", csv.length)), csvText);
        download.setTarget(AnchorTarget.DEFAULT);
        download.getElement().setAttribute("download", fileName);
        download.setId(getId().orElseThrow() + "-csv");
        add(table, download);
        return this;
    }

    private NativeTableCell cell(Cell cell) {
        NativeTableCell td = new NativeTableCell();
        if (cell.drill() == null || "0".equals(cell.text())) {
            td.setText(cell.text());
        } else {
            NativeButton button = new NativeButton(cell.text(), click -> drillDown.accept(cell.drill()));
            button.addClassName("porth-insight-drill");
            td.add(button);
        }
        return td;
    }

    /** RFC 4180: fields with commas, quotes or line breaks in quotes, quotes doubled. */
    String csv() {
        StringBuilder csv = new StringBuilder(line(headings));
        rows.forEach(cells -> csv.append(line(cells.stream().map(Cell::text).toList())));
        return csv.toString();
    }

    static String line(List<String> fields) {
        return String.join(",", fields.stream().map(FigureTable::field).toList()) + "\r\n";
    }

    private static String field(String text) {
        return text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
