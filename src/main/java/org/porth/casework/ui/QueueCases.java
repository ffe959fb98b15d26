package org.porth.casework.ui;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import org.porth.catalogue.Catalogue;
import org.porth.identity.StaffDirectory;
import org.porth.identity.StaffNames;
import org.porth.shared.BusinessCalendar;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/**
 * The cases of the officer's queues in a lazy grid, most urgent first: it asks the server for one
 * page at a time, so it stays quick with many thousands of cases. Each row says what the request is
 * about (its stored summary line), how many working days it has waited, and who has it, by name.
 * Filters narrow it; the column headers sort it.
 */
final class QueueCases extends Div {

    /** Sorting by age is sorting by when cases were received, the other way round: the oldest came first. */
    private static final String AGE = "AGE";

    private final CaseQueues queues;
    private final Catalogue catalogue;
    private final StaffDirectory directory;
    private final Map<String, String> serviceNames = new HashMap<>();
    private final Grid<CaseSummary> grid = new Grid<>();
    private final H2 heading = new H2();
    private final TextField search = new TextField();
    private final Select<CaseQuery.Assignee> assignee = new Select<>();
    private final Select<SlaState> sla = new Select<>();
    private String queue;
    private StaffNames officers = StaffNames.NONE;

    QueueCases(CaseQueues queues, Catalogue catalogue, StaffDirectory directory, BusinessCalendar calendar, Clock clock,
            Language language) {
        this.queues = queues;
        this.catalogue = catalogue;
        this.directory = directory;
        setId("queue-cases");
        heading.setText(getTranslation("queues.cases.title"));
        heading.setId("queue-cases-title");
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
        columns(language, calendar, clock);
        grid.setItems(page -> page(queues.cases(query(), sort(page.getSortOrders()), page.getOffset(), page.getLimit())),
                page -> (int) queues.count(query()));
        add(heading, filters, grid);
    }

    /** Only this queue's cases from now on, under a heading that names it. */
    void showQueue(String queueId, String name) {
        this.queue = queueId;
        heading.setText(getTranslation("workspace.queue.cases", name));
        refresh();
    }

    /** The page's cases, with the names of the officers who have them. */
    private Stream<CaseSummary> page(List<CaseSummary> cases) {
        officers = officers.and(directory.names(cases.stream().map(CaseSummary::assignedTo).toList()));
        return cases.stream();
    }

    /**
     * Every column fits a 1280 px desktop without cutting what it says: the long ones (service,
     * summary, due, status) wrap and share the room; the priority is as wide as its heading.
     * The ward is in the case's facts, not here.
     */
    private void columns(Language language, BusinessCalendar calendar, Clock clock) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(c -> new RouterLink(c.reference(), CaseView.class, new RouteParameters("reference", c.reference())))
                .setHeader(getTranslation("queues.column.reference")).setSortable(true).setKey(CaseOrder.REFERENCE.name())
                // wider than the link by more than 24px, so that the cell keeps a touch target of its own (WCAG 2.5.8)
                .setWidth("11.5rem").setFlexGrow(0);
        grid.addColumn(c -> serviceName(c.serviceId(), language)).setHeader(getTranslation("queues.column.service"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.about().in(language)).setHeader(getTranslation("queues.column.summary")).setFlexGrow(3);
        grid.addColumn(c -> getTranslation("case.priority." + c.priority())).setHeader(getTranslation("queues.column.priority"))
                // as wide as its heading and sort arrows in Welsh ("Blaenoriaeth"), which auto width leaves out
                .setSortable(true).setKey(CaseOrder.URGENCY.name()).setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(c -> CaseAge.of(c.submittedAt(), clock.instant(), clock.getZone(), calendar, language))
                .setHeader(getTranslation("queues.column.age")).setSortable(true).setKey(AGE).setFlexGrow(1)
                .setTooltipGenerator(c -> DateText.format(c.submittedAt(), clock.getZone(), language));
        grid.addColumn(c -> getTranslation("case.due.sla." + c.slaState(), DateText.format(c.dueAt(), clock.getZone(), language)))
                .setHeader(getTranslation("queues.column.due")).setSortable(true).setKey(CaseOrder.DUE.name()).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("case.status." + c.status())).setHeader(getTranslation("queues.column.status"))
                .setFlexGrow(1);
        grid.addColumn(c -> officers.of(c.assignedTo())).setHeader(getTranslation("queues.column.assigned")).setFlexGrow(1);
    }

    /** The service's current name in the officer's language; its id if the catalogue no longer has it. */
    private String serviceName(String serviceId, Language language) {
        return serviceNames.computeIfAbsent(serviceId, id -> catalogue.current(id)
                .map(service -> service.name().in(language)).orElse(id));
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
        return orders.stream().findFirst().map(order -> {
            boolean descending = order.getDirection() == SortDirection.DESCENDING;
            return order.getSorted().equals(AGE) ? new CaseSort(CaseOrder.SUBMITTED, !descending)
                    : new CaseSort(CaseOrder.valueOf(order.getSorted()), descending);
        }).orElse(CaseSort.DEFAULT);
    }

    /** The cases as they are now. */
    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
