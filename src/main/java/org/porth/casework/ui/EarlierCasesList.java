package org.porth.casework.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.porth.casework.EarlierCases.EarlierCase;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/** The earlier cases at the case's address, newest first: each a link, with its service, status and date. */
final class EarlierCasesList extends Div {

    EarlierCasesList(List<EarlierCase> cases, ZoneId zone, Language language) {
        setId("earlier-cases");
        if (cases.isEmpty()) {
            add(new Paragraph(getTranslation("case.earlier-cases.none")));
            return;
        }
        for (EarlierCase earlier : cases) {
            Paragraph line = new Paragraph(new RouterLink(earlier.reference(), CaseView.class,
                    new RouteParameters("reference", earlier.reference())));
            line.add(" " + getTranslation("case.earlier-cases.line", earlier.serviceName().in(language),
                    getTranslation("case.status." + earlier.status()),
                    DateText.format(earlier.submittedAt().atZone(zone).toLocalDate(), language)));
            add(line);
        }
    }
}
