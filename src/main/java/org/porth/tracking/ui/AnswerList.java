package org.porth.tracking.ui;

import java.util.List;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.porth.forms.RequestAnswers.AnsweredQuestion;

/** What the resident told the council, question by question, as check your answers showed it. */
final class AnswerList extends Div {

    AnswerList(List<AnsweredQuestion> rows) {
        setId("answers");
        DescriptionList list = new DescriptionList();
        list.addClassName("porth-summary-list");
        for (AnsweredQuestion row : rows) {
            Div lines = new Div();
            row.answer().forEach(line -> lines.add(new Paragraph(line)));
            list.add(new DescriptionList.Term(row.question()), new DescriptionList.Description(lines));
        }
        add(list);
    }
}
