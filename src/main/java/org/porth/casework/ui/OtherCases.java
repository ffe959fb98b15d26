package org.porth.casework.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import org.porth.casework.CaseSummary;
import org.porth.shared.Language;

/** The whole-area view: the resident's other cases, in every department. */
final class OtherCases extends Div {

    OtherCases(List<CaseSummary> cases, Language language) {
        setId("other-cases");
        if (cases.isEmpty()) {
            add(new Paragraph(getTranslation("case.other-cases.none")));
            return;
        }
        for (CaseSummary other : cases) {
            RouterLink link = new RouterLink(other.reference(), CaseView.class,
                    new RouteParameters("reference", other.reference()));
            Paragraph line = new Paragraph(link);
            line.add(" " + getTranslation("case.other-cases.line", other.serviceId(),
                    getTranslation("case.status." + other.status())));
            add(line);
        }
    }
}
