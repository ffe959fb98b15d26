package org.porth.apply.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.porth.apply.Satisfaction;
import org.porth.apply.SatisfactionResult;
import org.porth.forms.FieldError;
import org.porth.shared.Language;
import org.porth.shared.Reference;

/**
 * "Overall, how did you feel about the service you received today?" under "Request sent", with an
 * optional comment that asks for no personal details. Checked on the server; what was chosen and
 * typed stays when it is refused. Once answered, it thanks the resident instead.
 */
class SatisfactionForm extends Div {

    static final String SCORE_ID = "satisfaction";
    static final String COMMENT_ID = "satisfaction-comment";
    /** Very satisfied first, as on GOV.UK's feedback pages. */
    private static final List<Integer> SCORES = List.of(5, 4, 3, 2, 1);

    private final Satisfaction satisfaction;
    private final Reference reference;
    private final ErrorSummary errors = new ErrorSummary();
    private final RadioButtonGroup<Integer> score = new RadioButtonGroup<>();
    private final TextArea comment = new TextArea();
    private final Div form = new Div();

    SatisfactionForm(Satisfaction satisfaction, Reference reference, boolean answered) {
        this.satisfaction = satisfaction;
        this.reference = reference;
        setId("satisfaction-form");
        H2 heading = new H2(getTranslation("satisfaction.title"));
        heading.addClassName("porth-heading-m");
        add(heading);
        if (answered) {
            thank();
            return;
        }
        score.setId(SCORE_ID);
        score.setLabel(getTranslation("satisfaction.question"));
        score.setItems(SCORES);
        score.setItemLabelGenerator(value -> getTranslation("satisfaction.score." + value));
        score.setManualValidation(true);
        comment.setId(COMMENT_ID);
        comment.setLabel(getTranslation("satisfaction.comment"));
        comment.setHelperText(getTranslation("satisfaction.comment-hint", Satisfaction.COMMENT_LIMIT));
        comment.setManualValidation(true);
        comment.setWidthFull();
        NativeButton send = new NativeButton(getTranslation("satisfaction.send"), click -> send());
        send.setId("send-satisfaction");
        send.addClassName("porth-button");
        form.add(errors, score, comment, send);
        add(form);
    }

    private void send() {
        SatisfactionResult result = satisfaction.rate(reference, score.getValue(), comment.getValue());
        if (result instanceof SatisfactionResult.Invalid invalid) {
            Language language = Language.of(getLocale());
            Labels.mark(score, message(invalid.errors(), Satisfaction.SCORE, language));
            Labels.mark(comment, message(invalid.errors(), Satisfaction.COMMENT, language));
            errors.show(invalid.errors(), language, (questionId, field) ->
                    questionId.equals(Satisfaction.SCORE) ? SCORE_ID : COMMENT_ID);
            return;
        }
        // answered now, or a moment ago in another tab: either way there is one answer, and thanks
        remove(form);
        thank();
    }

    private void thank() {
        Paragraph thanks = new Paragraph(getTranslation("satisfaction.thanks"));
        thanks.setId("satisfaction-thanks");
        // announced to screen readers where the form was
        thanks.getElement().setAttribute("role", "status");
        add(thanks);
    }

    private static Optional<String> message(List<FieldError> errors, String questionId, Language language) {
        return errors.stream().filter(error -> error.questionId().equals(questionId)).findFirst()
                .map(error -> error.message().in(language));
    }
}
