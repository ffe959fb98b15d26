package org.porth.casework.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.porth.casework.CaseSummary;
import org.porth.casework.WaitingFor;
import org.porth.casework.YourWork;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/**
 * The officer's open cases in a lazy grid, most urgent first: what each is about (wrapping, never
 * cut off), whom it waits for, when it is due and how that stands, and its status.
 */
final class OwnCasesGrid extends Div {

    OwnCasesGrid(YourWork work, ZoneId zone, Language language) {
        if (work.count() == 0) {
            add(new Paragraph(getTranslation("workspace.cases.none")));
            return;
        }
        Grid<CaseSummary> grid = new Grid<>();
        grid.setId("your-cases-grid");
        grid.addClassName("porth-queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(c -> new RouterLink(c.reference(), CaseView.class, new RouteParameters("reference", c.reference())))
                .setHeader(getTranslation("queues.column.reference")).setWidth("15rem").setFlexGrow(0);
        grid.addColumn(c -> c.about().in(language)).setHeader(getTranslation("queues.column.summary"))
                .setFlexGrow(3);
        grid.addColumn(c -> getTranslation("workspace.waiting-for." + WaitingFor.of(c.status())))
                .setHeader(getTranslation("workspace.column.waiting-for")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation("case.due.sla." + c.slaState(), DateText.format(c.dueAt(), zone, language)))
                .setHeader(getTranslation("queues.column.due")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("case.status." + c.status())).setHeader(getTranslation("queues.column.status"))
                .setFlexGrow(1);
        grid.setItems(page -> work.cases(page.getOffset(), page.getLimit()).stream(), page -> (int) work.count());
        add(grid);
    }
}
