package org.porth.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** One part of the dashboard: a heading, the headline sentence, and the chart beside the table it pictures. */
final class Section {

    private Section() {
    }

    static Div of(String id, String heading, String headline, Component chart, Component table) {
        H2 title = new H2(heading);
        title.addClassName("porth-heading-m");
        Paragraph lead = new Paragraph(headline);
        lead.addClassName("porth-insight-headline");
        lead.setId(id + "-headline");
        Div figures = new Div(chart, table);
        figures.addClassName("porth-insight-figures");
        Div section = new Div(title, lead, figures);
        section.setId(id);
        section.addClassName("porth-insight-section");
        return section;
    }
}
