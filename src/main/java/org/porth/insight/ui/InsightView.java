package org.porth.insight.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.catalogue.Catalogue;
import org.porth.insight.Demand;
import org.porth.insight.Dimension;
import org.porth.insight.Insight;
import org.porth.insight.InsightFilter;
import org.porth.insight.Kpis;
import org.porth.insight.LookingAhead;
import org.porth.insight.Period;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shell.StaffLayout;

/**
 * The managers' dashboard (issue 18): demand and failure demand, backlog and service levels, and
 * outcomes, for the period and filters chosen, each as a chart beside its table with a headline,
 * each figure opening the cases behind it. Managers and administrators see every team, supervisors
 * their own.
 */
@Route(value = "staff/insight", layout = StaffLayout.class)
@StyleSheet(InsightView.STYLESHEET)
@PageTitle("insight.title")
@Menu(order = 5, title = "insight.title")
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
class InsightView extends Div {

    static final String STYLESHEET = "themes/porth/insight.css";

    private final Insight insight;
    private final Kpis kpis;
    private final Names names;
    private final Words words = this::getTranslation;
    private final Div figures = new Div();
    private final DrillList drill;
    private final LookingAhead ahead;

    InsightView(Insight insight, Catalogue catalogue, Clock clock, Kpis kpis, LookingAhead ahead) {
        this.insight = insight;
        this.kpis = kpis;
        this.ahead = ahead;
        Language language = Language.of(getLocale());
        this.names = new Names(insight, catalogue, language, key -> getTranslation(key));
        this.drill = new DrillList(insight, names, words, language);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        InsightFilter thisMonth = InsightFilter.of(Period.containing(Period.Kind.MONTH, today));
        H1 heading = new H1(getTranslation("insight.title"));
        heading.addClassName("porth-heading-l");
        List<String> wards = insight.demand(Dimension.WARD, thisMonth).stream().map(Demand::key).toList();
        InsightFilters filters = new InsightFilters(words, catalogue.services(language), names, wards, today, this::show);
        figures.setId("insight-figures");
        add(heading, new Paragraph(getTranslation("insight.intro")), filters, figures, drill);
        show(thisMonth);
    }

    private void show(InsightFilter filter) {
        figures.removeAll();
        drill.setVisible(false);
        Paragraph shown = new Paragraph(getTranslation("insight.period.shown", day(filter.period().from()),
                day(filter.period().to()), day(filter.period().previous().from()), day(filter.period().previous().to())));
        shown.setId("insight-period-shown");
        shown.getElement().setAttribute("role", "status");
        DemandSections demand = new DemandSections(insight, filter, names, words, drill::show);
        CaseSections cases = new CaseSections(insight, filter, names, words, drill::show);
        figures.add(shown, demand.failureByService(), demand.overTime(), demand.by(Dimension.CHANNEL, names::channel),
                demand.by(Dimension.WARD, names::ward), cases.backlog(), cases.serviceLevels(), cases.outcomes(),
                new SatisfactionSection(insight, filter, names, words, drill::show).satisfaction(),
                new KpiSection(insight, kpis, filter, names, words, drill::show).kpis(),
                new LookingAheadSection(ahead.outlook(filter), names, words, getLocale()).section());
    }

    private String day(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", getLocale()).format(date);
    }
}
