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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import org.porth.apply.Answer;
import org.porth.apply.FieldError;
import org.porth.apply.StoredFiles.StoredFile;
import org.porth.apply.UploadResult;
import org.porth.shell.UploadTexts;
import org.porth.catalogue.UploadLimits;

/**
 * Photos or documents for a question: each file is checked on the server as it arrives (by its
 * content, against the question's limits) and listed with a Remove button. The answer is the list
 * of the stored files' ids ({@code file}).
 */
final class FileInput extends QuestionInput {

    static final String FILE = "file";

    private final QuestionInputs.FormServices services;
    private final UploadLimits limits;
    private final Div frame = new Div();
    private final Paragraph error = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final Upload upload = new Upload();
    private final List<StoredFile> files = new ArrayList<>();

    FileInput(Labels labels, QuestionInputs.FormServices services) {
        super(labels);
        this.services = services;
        this.limits = labels.question().upload() == null ? UploadLimits.DEFAULT : labels.question().upload();
        String id = labels.question().id();
        frame.setId(Ids.of(id, "frame"));
        frame.addClassName("porth-question");
        if (labels.heading() == null) {
            H2 label = new H2(labels.label());
            label.addClassName("porth-label");
            frame.add(label);
        }
        Paragraph limitsHint = new Paragraph(t("form.files.limits", limits.maxFiles(), types(),
                limits.maxBytesPerFile() / (1024 * 1024)));
        limitsHint.addClassName("porth-hint");
        labels.hint().ifPresent(hint -> frame.add(hint(hint)));
        error.addClassName("porth-error-message");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        upload.setId(Ids.of(id));
        upload.setMaxFiles(limits.maxFiles());
        upload.setI18n(UploadTexts.in(frame));
        UI ui = UI.getCurrent();
        upload.setUploadHandler(event -> receive(event, ui));
        list.addClassName("porth-file-list");
        frame.add(limitsHint, error, list, upload);
    }

    private void receive(UploadEvent event, UI ui) throws IOException {
        UploadResult result;
        try (InputStream content = event.getInputStream()) {
            result = services.attachments().upload(services.draftId(), event.getFileName(), content, limits, files.size());
        }
        ui.access(() -> {
            upload.clearFileList();
            if (result instanceof UploadResult.Stored stored) {
                files.add(stored.file());
                showError(null);
            } else if (result instanceof UploadResult.Rejected rejected) {
                showError(rejected.message().in(labels.language()));
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
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        frame.setClassName("porth-form-group--error", message != null);
    }

    private String types() {
        return limits.types().stream().sorted().map(type -> t("form.files.type." + type.name()))
                .collect(Collectors.joining(", "));
    }

    private static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("porth-hint");
        return hint;
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

    @Override
    void show(Answer answer) {
        files.clear();
        answer.values(FILE).forEach(id -> services.attachments().find(id).ifPresent(files::add));
        showFiles();
    }

    @Override
    void showErrors(List<FieldError> errors) {
        showError(errors.stream().findFirst().map(e -> e.message().in(labels.language())).orElse(null));
    }
}
