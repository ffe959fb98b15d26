package org.porth.tracking.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.porth.apply.MyApplications.DraftSummary;
import org.porth.forms.RequestAnswers;
import org.porth.forms.RequestAnswers.AnsweredQuestion;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/**
 * A form the resident started, in "Forms you have started": what tells two drafts of one service
 * apart (when it was started, to the minute, and its first answer, such as the address) is shown and
 * is part of the link's name (after its visible words), so that each link says which draft it continues.
 */
final class DraftCard extends Div {

    DraftCard(DraftSummary draft, RequestAnswers answers, ZoneId zone, Language language) {
        addClassName("porth-card");
        String started = DateText.format(draft.startedAt(), zone, language);
        String name = draft.service().name().in(language);
        Anchor resume = new Anchor(draft.resumeAt().residentPath(), name);
        String label = getTranslation("fixes.draft.link", name, started);
        DescriptionList details = new DescriptionList();
        details.addClassName("porth-summary-list");
        details.add(new DescriptionList.Term(getTranslation("fixes.draft.started")),
                new DescriptionList.Description(started));
        List<AnsweredQuestion> answered = answers.rows(draft.service().id(), draft.service().version(),
                draft.answers(), language);
        if (!answered.isEmpty()) {
            AnsweredQuestion first = answered.getFirst();
            String answer = String.join(", ", first.answer());
            details.add(new DescriptionList.Term(first.question()), new DescriptionList.Description(answer));
            label += ", " + answer;
        }
        resume.setAriaLabel(label);
        add(resume, details,
                new Paragraph(getTranslation("my-requests.saved",
                        DateText.format(draft.savedAt().atZone(zone).toLocalDate(), language))),
                new Paragraph(getTranslation("my-requests.expires",
                        DateText.format(draft.expiresAt().atZone(zone).toLocalDate(), language))));
    }
}
