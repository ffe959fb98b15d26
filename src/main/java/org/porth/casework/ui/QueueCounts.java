package org.porth.casework.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.porth.casework.QueueCount;
import org.porth.shared.Language;
import org.porth.shell.Tables;

/**
 * Each queue with its open, unassigned, at-risk and overdue cases; the officer's own queues open in
 * the grid. {@link #show} puts the counts as they are now in place of those shown.
 */
final class QueueCounts extends Div {

    private final Language language;
    private final Consumer<String> showQueue;
    private final NativeTableBody body = new NativeTableBody();
    private List<QueueCount> shown = List.of();

    QueueCounts(List<QueueCount> counts, Language language, Consumer<String> showQueue) {
        this.language = language;
        this.showQueue = showQueue;
        NativeTable table = Tables.headed(List.of("queues.queue", "queues.team", "queues.open", "queues.unassigned",
                "queues.at-risk", "queues.overdue").stream().map(this::getTranslation).toList());
        table.setId("queue-counts");
        show(counts);
        table.add(body);
        add(table);
    }

    /** Whether they differ from those shown before. */
    boolean show(List<QueueCount> counts) {
        if (counts.equals(shown)) {
            return false;
        }
        shown = counts;
        body.removeAll();
        for (QueueCount count : counts) {
            String name = language == Language.WELSH ? count.nameCy() : count.nameEn();
            Component queue = new Text(name);
            if (count.ownTeam()) {
                NativeButton show = new NativeButton(name, click -> showQueue.accept(count.queueId()));
                show.addClassName("porth-link-button");
                queue = show;
            }
            NativeTableRow row = new NativeTableRow(Tables.rowHeader(queue),
                    new NativeTableCell(language == Language.WELSH ? count.teamNameCy() : count.teamNameEn()),
                    number(count.open()), number(count.unassigned()), number(count.atRisk()), number(count.breached()));
            body.add(row);
        }
        return true;
    }

    private static NativeTableCell number(long value) {
        return new NativeTableCell(String.valueOf(value));
    }
}
