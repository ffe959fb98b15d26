package org.porth.casework.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** A list of terms and what they are: the case's facts, the resident's answers. */
final class SummaryList extends Div {

    private final DescriptionList list = new DescriptionList();

    SummaryList() {
        list.addClassName("porth-summary-list");
        add(list);
    }

    SummaryList row(String term, String description) {
        return row(term, new Paragraph(description == null ? "" : description));
    }

    SummaryList row(String term, List<String> lines) {
        Div all = new Div();
        lines.forEach(line -> all.add(new Paragraph(line)));
        return row(term, all);
    }

    SummaryList row(String term, Component description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
        return this;
    }
}
