package org.porth.casework.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.porth.casework.QueueCount;
import org.porth.shared.Language;

/** Each queue with its open, unassigned, at-risk and overdue cases; the officer's own queues open in the grid. */
final class QueueCounts extends Div {

    QueueCounts(List<QueueCount> counts, Language language, Consumer<String> showQueue) {
        NativeTable table = new NativeTable();
        table.addClassName("porth-table");
        table.setId("queue-counts");
        NativeTableRow header = new NativeTableRow();
        for (String key : List.of("queues.queue", "queues.team", "queues.open", "queues.unassigned", "queues.at-risk",
                "queues.overdue")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        NativeTableHeader head = new NativeTableHeader();
        head.add(header);
        NativeTableBody body = new NativeTableBody();
        for (QueueCount count : counts) {
            String name = language == Language.WELSH ? count.nameCy() : count.nameEn();
            NativeTableHeaderCell queue = new NativeTableHeaderCell();
            queue.getElement().setAttribute("scope", "row");
            if (count.ownTeam()) {
                NativeButton show = new NativeButton(name, click -> showQueue.accept(count.queueId()));
                show.addClassName("porth-link-button");
                queue.add(show);
            } else {
                queue.setText(name);
            }
            NativeTableRow row = new NativeTableRow(queue,
                    new NativeTableCell(language == Language.WELSH ? count.teamNameCy() : count.teamNameEn()),
                    number(count.open()), number(count.unassigned()), number(count.atRisk()), number(count.breached()));
            body.add(row);
        }
        table.add(head, body);
        add(table);
    }

    private static NativeTableCell number(long value) {
        return new NativeTableCell(String.valueOf(value));
    }
}
