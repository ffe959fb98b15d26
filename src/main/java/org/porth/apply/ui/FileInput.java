package org.porth.apply.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.UploadResult;
import org.porth.attachments.UploadSlot;
import org.porth.catalogue.UploadLimits;
import org.porth.forms.Answer;
import org.porth.forms.FieldError;
import org.porth.shell.ErrorMessage;
import org.porth.shell.Hint;
import org.porth.shell.UploadTexts;

/**
 * Photos or documents for a question: each file is checked on the server as it arrives (by its
 * content, against the question's limits and the resident's allowance) and listed with a Remove
 * button; a refusal is shown by the upload and in the page's error summary. Files uploaded for the
 * question and not removed are listed again when the page is opened again. The answer is the list
 * of the stored files' ids ({@code file}).
 */
final class FileInput extends QuestionInput {

    static final String FILE = "file";

    private final QuestionInputs.FormServices services;
    private final UploadLimits limits;
    private final UploadSlot slot;
    private final Div frame = new Div();
    private final ErrorMessage error = new ErrorMessage(null);
    private final UnorderedList list = new UnorderedList();
    private final Upload upload = new Upload();
    private final List<StoredFile> files = new ArrayList<>();

    FileInput(Labels labels, QuestionInputs.FormServices services) {
        super(labels);
        this.services = services;
        this.limits = labels.question().upload() == null ? UploadLimits.DEFAULT : labels.question().upload();
        String id = labels.question().id();
        this.slot = new UploadSlot.Question(services.draftId(), id);
        frame.setId(Ids.of(id, "frame"));
        frame.addClassName("porth-question");
        if (labels.heading() == null) {
            H2 label = new H2(labels.label());
            label.addClassName("porth-label");
            frame.add(label);
        }
        Hint limitsHint = new Hint(null, t("form.files.limits", limits.maxFiles(), types(),
                limits.maxBytesPerFile() / (1024 * 1024)));
        labels.hint().ifPresent(hint -> frame.add(new Hint(null, hint)));
        error.getElement().setAttribute("role", "alert");
        upload.setId(Ids.of(id));
        upload.setMaxFiles(limits.maxFiles());
        upload.setI18n(UploadTexts.in(frame));
        UI ui = UI.getCurrent();
        upload.setUploadHandler(event -> receive(event, ui));
        list.addClassName("porth-file-list");
        files.addAll(services.attachments().waiting(slot));
        showFiles();
        frame.add(limitsHint, error, list, upload);
    }

    private void receive(UploadEvent event, UI ui) throws IOException {
        UploadResult result;
        try (InputStream content = event.getInputStream()) {
            result = services.attachments().upload(slot, event.getFileName(), content, limits);
        }
        ui.access(() -> {
            upload.clearFileList();
            if (result instanceof UploadResult.Stored stored) {
                files.add(stored.file());
                showError(null);
            } else if (result instanceof UploadResult.Rejected rejected) {
                services.showErrors().accept(List.of(new FieldError(question().id(), FILE, rejected.message())));
            }
            showFiles();
        });
    }

    private void showFiles() {
        list.removeAll();
        for (StoredFile file : files) {
            Span name = new Span(file.name());
            NativeButton remove = new NativeButton(t("form.files.remove"), click -> remove(file));
            remove.addClassName("porth-link-button");
            remove.setAriaLabel(t("form.files.remove-named", file.name()));
            list.add(new ListItem(name, remove));
        }
        list.setVisible(!files.isEmpty());
    }

    private void remove(StoredFile file) {
        services.attachments().remove(file.id());
        files.remove(file);
        showFiles();
        upload.getElement().callJsFunction("focus");
    }

    private void showError(String message) {
        error.show(message);
        frame.setClassName("porth-form-group--error", message != null);
    }

    private String types() {
        return limits.types().stream().sorted().map(type -> t("form.files.type." + type.name()))
                .collect(Collectors.joining(", "));
    }

    private String t(String key, Object... params) {
        return frame.getTranslation(key, params);
    }

    @Override
    Component component() {
        return frame;
    }

    @Override
    Answer read() {
        return new Answer(Map.of(FILE, files.stream().map(StoredFile::id).toList()));
    }

    /** The answer's files are among those waiting for the question already, but for a draft saved before Porth kept them by question. */
    @Override
    void show(Answer answer) {
        answer.values(FILE).stream().filter(id -> files.stream().noneMatch(file -> file.id().equals(id)))
                .forEach(id -> services.attachments().find(id).ifPresent(files::add));
        showFiles();
    }

    @Override
    void showErrors(List<FieldError> errors) {
        showError(errors.stream().findFirst().map(e -> e.message().in(labels.language())).orElse(null));
    }
}
