package org.porth.casework.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.porth.casework.CaseChanges;
import org.porth.casework.CaseQueues;
import org.porth.casework.CaseSummary;
import org.porth.casework.Cases;
import org.porth.casework.SupervisorAttention;
import org.porth.catalogue.Catalogue;
import org.porth.identity.CurrentUser;
import org.porth.identity.StaffDirectory;
import org.porth.identity.Role;
import org.porth.shared.BusinessCalendar;
import org.porth.shared.Language;
import org.porth.shell.StaffLayout;

/**
 * A caseworker's queues: Take next for the most urgent case, each queue's counts, the cases
 * themselves in a lazy grid, and for supervisors the overdue cases of their teams.
 */
@Route(value = "staff/queues", layout = StaffLayout.class)
@StyleSheet(CaseView.STYLESHEET)
@PageTitle("queues.title")
@Menu(order = 2, title = "queues.title")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME})
class QueuesView extends Div {

    private final Div notice = new Div();

    QueuesView(Cases cases, CaseQueues queues, SupervisorAttention attention, CurrentUser currentUser, Clock clock,
            Catalogue catalogue, StaffDirectory directory, BusinessCalendar calendar, CaseChanges changes) {
        Language language = Language.of(getLocale());
        H1 heading = new H1(getTranslation("queues.title"));
        heading.addClassName("porth-heading-l");
        TakeNextButton takeNext = new TakeNextButton("take-next", cases, notice);
        notice.setId("queues-notice");
        notice.getElement().setAttribute("role", "status");
        QueueCases grid = new QueueCases(queues, catalogue, directory, calendar, clock, language);
        QueueCounts counts = new QueueCounts(queues.counts(), language, grid::showQueue);
        add(heading, notice, takeNext, counts, grid);
        LiveCaseUpdates.attach(this, changes, anyCase -> true, change -> {
            grid.refresh();
            if (counts.show(queues.counts())) {
                LiveCaseUpdates.announce(this, getTranslation("live.queues.changed"));
            }
        });
        if (currentUser.get().orElseThrow().has(Role.SUPERVISOR)) {
            add(overdue(attention.breachedInMyTeams()));
        }
    }

    private Div overdue(List<CaseSummary> breached) {
        H2 heading = new H2(getTranslation("queues.overdue.title"));
        heading.addClassName("porth-heading-m");
        Div section = new Div(heading);
        section.setId("overdue");
        if (breached.isEmpty()) {
            section.add(new Paragraph(getTranslation("queues.overdue.none")));
        }
        breached.forEach(late -> section.add(new Paragraph(new RouterLink(late.reference(), CaseView.class,
                new RouteParameters("reference", late.reference())))));
        return section;
    }
}
