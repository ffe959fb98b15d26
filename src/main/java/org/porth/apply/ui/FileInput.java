package org.porth.apply.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import org.porth.attachments.UploadSlot;
import org.porth.attachments.ui.FileUploadField;
import org.porth.catalogue.UploadLimits;
import org.porth.forms.Answer;
import org.porth.forms.FieldError;
import org.porth.shell.Hint;

/**
 * Photos or documents for a question, checked against the question's limits as they arrive; each
 * refused file is named by the upload and in the page's error summary. The files are kept for the
 * question, so those not removed are listed again when the page is opened again. The answer is the
 * list of the stored files' ids ({@code file}).
 */
final class FileInput extends QuestionInput {

    static final String FILE = "file";

    private final FileUploadField field;

    FileInput(Labels labels, QuestionInputs.FormServices services) {
        super(labels);
        String id = labels.question().id();
        UploadLimits limits = labels.question().upload() == null ? UploadLimits.DEFAULT : labels.question().upload();
        field = new FileUploadField(Ids.of(id), new UploadSlot.Question(services.draftId(), id), limits,
                services.attachments(),
                messages -> services.showErrors().accept(messages.stream().map(message -> new FieldError(id, FILE, message)).toList()),
                labelAndHint(labels));
        field.setId(Ids.of(id, "frame"));
        field.addClassName("porth-question");
    }

    /** No label when the page heading is the question's label. */
    private static Component[] labelAndHint(Labels labels) {
        List<Component> parts = new ArrayList<>();
        if (labels.heading() == null) {
            H2 label = new H2(labels.label());
            label.addClassName("porth-label");
            parts.add(label);
        }
        labels.hint().ifPresent(hint -> parts.add(new Hint(null, hint)));
        return parts.toArray(Component[]::new);
    }

    @Override
    Component component() {
        return field;
    }

    @Override
    Answer read() {
        return new Answer(Map.of(FILE, field.fileIds()));
    }

    /** The answer's files are among those waiting for the question already, but for a draft saved before Porth kept them by question. */
    @Override
    void show(Answer answer) {
        field.alsoList(answer.values(FILE));
    }

    @Override
    void showErrors(List<FieldError> errors) {
        field.showErrors(errors.stream().map(error -> error.message().in(labels.language())).toList());
    }
}
