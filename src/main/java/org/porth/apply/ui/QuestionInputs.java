package org.porth.apply.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import org.porth.attachments.Attachments;
import org.porth.catalogue.Question;
import org.porth.forms.FieldError;
import org.porth.gazetteer.Gazetteer;
import org.porth.shared.Language;

/** The inputs for a question of any type. */
final class QuestionInputs {

    private QuestionInputs() {
    }

    /**
     * @param heading the page heading that labels the question when it is alone on its page; null
     *                when the question shows its own label
     */
    static QuestionInput create(Question question, Language language, Component heading, FormServices services) {
        Labels labels = new Labels(question, language, heading);
        return switch (question.type()) {
            case SHORT_TEXT, LONG_TEXT, NUMBER, MONEY, EMAIL, UK_PHONE, UK_POSTCODE -> new TextInput(labels);
            case DATE -> new DateAnswerInput(labels, services.booking().today());
            case YES_NO, SINGLE_CHOICE -> new ChoiceInput(labels);
            case MULTIPLE_CHOICE -> new CheckboxesInput(labels);
            case DECLARATION -> new DeclarationInput(labels);
            case ADDRESS -> new AddressInput(labels, services.gazetteer());
            case LOCATION -> new LocationInput(labels, services.gazetteer());
            case FILE_UPLOAD -> new FileInput(labels, services);
            case BOOKING -> new BookingInput(labels, services.booking());
        };
    }

    /**
     * What some inputs need beyond the question: the gazetteer, where uploads go, what can be booked,
     * and the page's way of showing a problem found before Continue (an upload refused) by its input
     * and in the error summary.
     */
    record FormServices(Gazetteer gazetteer, String draftId, Attachments attachments, BookingInput.Choices booking,
            Consumer<List<FieldError>> showErrors) {
    }
}
