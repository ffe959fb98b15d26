package org.porth.casework.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.porth.casework.CaseOrder;
import org.porth.casework.CaseQuery;
import org.porth.casework.CaseQueues;
import org.porth.casework.CaseSort;
import org.porth.casework.CaseSummary;
import org.porth.casework.SlaState;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/**
 * The cases of the officer's queues in a lazy grid, most urgent first: it asks the server for one
 * page at a time, so it stays quick with many thousands of cases. Filters narrow it; the column
 * headers sort it.
 */
final class QueueCases extends Div {

    private final CaseQueues queues;
    private final Grid<CaseSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<CaseQuery.Assignee> assignee = new Select<>();
    private final Select<SlaState> sla = new Select<>();
    private String queue;

    QueueCases(CaseQueues queues, Language language, ZoneId zone) {
        this.queues = queues;
        setId("queue-cases");
        H2 heading = new H2(getTranslation("queues.cases.title"));
        heading.addClassName("porth-heading-m");
        search.setLabel(getTranslation("queues.filter.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        assignee.setLabel(getTranslation("queues.filter.assignee"));
        assignee.setItems(CaseQuery.Assignee.values());
        assignee.setValue(CaseQuery.Assignee.ANYONE);
        assignee.setItemLabelGenerator(who -> getTranslation("queues.filter.assignee." + who));
        sla.setLabel(getTranslation("queues.filter.sla"));
        sla.setItems(SlaState.values());
        sla.setEmptySelectionAllowed(true);
        sla.setEmptySelectionCaption(getTranslation("queues.filter.sla.any"));
        sla.setItemLabelGenerator(state -> state == null ? getTranslation("queues.filter.sla.any")
                : getTranslation("queues.filter.sla." + state));
        Div filters = new Div(search, assignee, sla);
        filters.addClassName("porth-filters");
        search.addValueChangeListener(change -> refresh());
        assignee.addValueChangeListener(change -> refresh());
        sla.addValueChangeListener(change -> refresh());
        grid.addClassName("porth-queue-grid");
        columns(language, zone);
        grid.setItems(page -> queues.cases(query(), sort(page.getSortOrders()), page.getOffset(), page.getLimit()).stream(),
                page -> (int) queues.count(query()));
        add(heading, filters, grid);
    }

    /** Only this queue's cases from now on. */
    void showQueue(String queueId) {
        this.queue = queueId;
        refresh();
    }

    private void columns(Language language, ZoneId zone) {
        grid.addComponentColumn(c -> new RouterLink(c.reference(), CaseView.class, new RouteParameters("reference", c.reference())))
                .setHeader(getTranslation("queues.column.reference")).setSortable(true).setKey(CaseOrder.REFERENCE.name())
                .setAutoWidth(true);
        grid.addColumn(CaseSummary::serviceId).setHeader(getTranslation("queues.column.service"));
        grid.addColumn(CaseSummary::ward).setHeader(getTranslation("queues.column.ward"));
        grid.addColumn(c -> getTranslation("case.priority." + c.priority())).setHeader(getTranslation("queues.column.priority"))
                .setSortable(true).setKey(CaseOrder.URGENCY.name());
        grid.addColumn(c -> DateText.format(c.submittedAt(), zone, language)).setHeader(getTranslation("queues.column.received"))
                .setSortable(true).setKey(CaseOrder.SUBMITTED.name());
        grid.addColumn(c -> getTranslation("case.due.sla." + c.slaState(), DateText.format(c.dueAt(), zone, language)))
                .setHeader(getTranslation("queues.column.due")).setSortable(true).setKey(CaseOrder.DUE.name());
        grid.addColumn(c -> getTranslation("case.status." + c.status())).setHeader(getTranslation("queues.column.status"));
    }

    private CaseQuery query() {
        CaseQuery query = CaseQuery.openIn(queue == null ? Set.of() : Set.of(queue))
                .assignedTo(assignee.getValue() == null ? CaseQuery.Assignee.ANYONE : assignee.getValue());
        if (sla.getValue() != null) {
            query = query.withSlaState(sla.getValue());
        }
        return search.getValue().isBlank() ? query : query.matching(search.getValue().strip());
    }

    private static CaseSort sort(List<QuerySortOrder> orders) {
        return orders.stream().findFirst()
                .map(order -> new CaseSort(CaseOrder.valueOf(order.getSorted()), order.getDirection() == SortDirection.DESCENDING))
                .orElse(CaseSort.DEFAULT);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
