package org.porth.casework.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

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

    /** Marks the queue the grid shows. */
    private static final String SHOWN = "porth-queue-counts__shown";

    private final Language language;
    private final BiConsumer<String, String> showQueue;
    private final NativeTableBody body = new NativeTableBody();
    private final Map<String, NativeButton> queueButtons = new HashMap<>();
    private List<QueueCount> shown = List.of();
    private String chosenQueueId;

    /** @param showQueue told the queue's id and name when the officer chooses to see its cases */
    QueueCounts(List<QueueCount> counts, Language language, BiConsumer<String, String> showQueue) {
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
        queueButtons.clear();
        for (QueueCount count : counts) {
            String name = language == Language.WELSH ? count.nameCy() : count.nameEn();
            Component queue = new Text(name);
            if (count.ownTeam()) {
                NativeButton show = new NativeButton(name);
                show.addClickListener(click -> {
                    chosenQueueId = count.queueId();
                    markChosen();
                    showQueue.accept(count.queueId(), name);
                });
                show.addClassName("porth-link-button");
                queueButtons.put(count.queueId(), show);
                queue = show;
            }
            NativeTableRow row = new NativeTableRow(Tables.rowHeader(queue),
                    new NativeTableCell(language == Language.WELSH ? count.teamNameCy() : count.teamNameEn()),
                    number(count.open()), number(count.unassigned()), number(count.atRisk()), number(count.breached()));
            body.add(row);
        }
        markChosen();
        return true;
    }

    /** The chosen queue's button pressed and its row marked, the others not; kept when the counts are redrawn. */
    private void markChosen() {
        queueButtons.forEach((queueId, button) -> {
            boolean chosen = queueId.equals(chosenQueueId);
            button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            button.getParent().flatMap(cell -> cell.getParent()).ifPresent(row -> row.setClassName(SHOWN, chosen));
        });
    }

    private static NativeTableCell number(long value) {
        return new NativeTableCell(String.valueOf(value));
    }
}
