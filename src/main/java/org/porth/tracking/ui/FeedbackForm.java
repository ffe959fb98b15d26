package org.porth.tracking.ui;

import java.time.Clock;
import java.time.ZoneId;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.porth.shell.FieldProblems;
import org.porth.shared.ActionRefused;
import org.porth.casework.ResidentCase;
import org.porth.casework.ResidentCases;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/**
 * "Did this solve your problem?" Yes, or no with why: within the reopen window a "no" sends the
 * request back to the team, after it the answer is kept and the resident is told what to do instead.
 */
final class FeedbackForm extends Div {

    FeedbackForm(ResidentCases cases, ResidentCase request, RequestForms forms, Clock clock) {
        setId("feedback");
        H2 heading = new H2(getTranslation("tracking.feedback.title"));
        heading.addClassName("porth-heading-m");
        add(heading);
        ZoneId zone = clock.getZone();
        boolean mayReopen = request.reopenUntil().isAfter(clock.instant());
        add(new Paragraph(mayReopen
                ? getTranslation("tracking.feedback.reopen-until",
                        DateText.format(request.reopenUntil().atZone(zone).toLocalDate(), Language.of(getLocale())))
                : getTranslation("tracking.feedback.too-late-to-reopen")));
        RadioButtonGroup<Boolean> solved = forms.field("solved", new RadioButtonGroup<>());
        solved.setLabel(getTranslation("tracking.feedback.question"));
        solved.setItems(true, false);
        solved.setItemLabelGenerator(yes -> getTranslation(yes ? "tracking.feedback.yes" : "tracking.feedback.no"));
        TextArea comment = forms.area("comment", getTranslation("tracking.feedback.comment"));
        comment.setHelperText(getTranslation("tracking.feedback.comment-hint"));
        String reference = request.summary().reference();
        add(FieldProblems.group(solved), FieldProblems.group(comment),
                forms.button("send-feedback", getTranslation("tracking.feedback.send"), () -> {
                    if (solved.getValue() == null) {
                        throw new ActionRefused("solved", "tracking.feedback.choose");
                    }
                    return cases.answer(reference, solved.getValue(), comment.getValue());
                }, FeedbackForm::notice));
    }

    private static String notice(ResidentCase answered) {
        if (answered.open()) {
            return "tracking.feedback.reopened";
        }
        return Boolean.TRUE.equals(answered.solved()) ? "tracking.feedback.thanks" : "tracking.feedback.recorded";
    }
}
