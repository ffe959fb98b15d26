package org.porth.shell;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/** Plain tables for staff pages, with header cells that screen readers announce for each cell. */
public final class Tables {

    private Tables() {
    }

    /** A table with a column heading per text. */
    public static NativeTable headed(List<String> headings) {
        NativeTableRow row = new NativeTableRow();
        headings.forEach(heading -> row.add(header("col", heading)));
        NativeTableHeader head = new NativeTableHeader();
        head.add(row);
        NativeTable table = new NativeTable(head);
        table.addClassName("porth-table");
        return table;
    }

    /**
     * A wide table in a box of its own that scrolls sideways on a narrow screen, so the page does not;
     * keyboard users focus the box (named {@code label}) to scroll it.
     */
    public static Div scrolling(NativeTable table, String label) {
        Div region = new Div(table);
        region.addClassName("porth-table-scroll");
        region.getElement().setAttribute("tabindex", "0");
        region.getElement().setAttribute("role", "region");
        region.getElement().setAttribute("aria-label", label);
        return region;
    }

    /** The heading of a row: its first cell. */
    public static NativeTableHeaderCell rowHeader(Component content) {
        NativeTableHeaderCell cell = header("row", null);
        cell.add(content);
        return cell;
    }

    private static NativeTableHeaderCell header(String scope, String text) {
        NativeTableHeaderCell cell = text == null ? new NativeTableHeaderCell() : new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }
}
