package org.porth.tracking.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import org.porth.attachments.Attachments;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.UploadResult;
import org.porth.attachments.UploadSlot;
import org.porth.casework.ResidentCase;
import org.porth.casework.ResidentCases;
import org.porth.catalogue.UploadLimits;
import org.porth.shared.Language;
import org.porth.shell.ErrorMessage;
import org.porth.shell.FieldProblems;
import org.porth.shell.Hint;
import org.porth.shell.UploadTexts;

/**
 * Writing to the council about the request, with photos or documents checked as the form engine
 * checks them (by their content, against the same limits). Files added and not yet sent are listed
 * again when the page is opened again, rather than uploaded twice. When the council asked for more
 * information, this is the reply, and it says so.
 */
final class MessageForm extends Div {

    static final String FILES = "message-files";
    private static final UploadLimits LIMITS = UploadLimits.DEFAULT;

    private final Attachments attachments;
    private final UploadSlot uploadsFor;
    private final ErrorMessage error = new ErrorMessage(null);
    private final UnorderedList list = new UnorderedList();
    private final Upload upload = new Upload();
    private final List<StoredFile> files = new ArrayList<>();
    private final Div frame = new Div();
    private final RequestForms forms;

    MessageForm(ResidentCases cases, Attachments attachments, ResidentCase request, RequestForms forms) {
        this.attachments = attachments;
        this.forms = forms;
        String reference = request.summary().reference();
        this.uploadsFor = new UploadSlot.Message(reference);
        setId("write");
        H2 heading = new H2(getTranslation(request.summary().waitingForResident() ? "tracking.message.reply-title"
                : "tracking.message.title"));
        heading.addClassName("porth-heading-m");
        TextArea message = forms.area("message", getTranslation("tracking.message.label"));
        frame.setId(FILES);
        frame.addClassName("porth-form-group");
        Paragraph filesLabel = new Paragraph(getTranslation("tracking.message.files"));
        filesLabel.addClassName("porth-label");
        Hint limits = new Hint(null, getTranslation("form.files.limits", LIMITS.maxFiles(), types(),
                LIMITS.maxBytesPerFile() / (1024 * 1024)));
        upload.setId("message-upload");
        upload.setMaxFiles(LIMITS.maxFiles());
        upload.setI18n(UploadTexts.in(this));
        UI ui = UI.getCurrent();
        upload.setUploadHandler(event -> receive(event, ui));
        list.addClassName("porth-file-list");
        files.addAll(attachments.waiting(uploadsFor));
        showFiles();
        frame.add(filesLabel, limits, error, list, upload);
        add(heading, FieldProblems.group(message), frame, forms.button("send-message",
                getTranslation("tracking.message.send"), "tracking.message.sent",
                () -> cases.write(reference, message.getValue(), files.stream().map(StoredFile::id).toList())));
    }

    private void receive(UploadEvent event, UI ui) throws IOException {
        UploadResult result;
        try (InputStream content = event.getInputStream()) {
            result = attachments.upload(uploadsFor, event.getFileName(), content, LIMITS);
        }
        ui.access(() -> {
            upload.clearFileList();
            if (result instanceof UploadResult.Stored stored) {
                files.add(stored.file());
                showError(null);
            } else if (result instanceof UploadResult.Rejected rejected) {
                showError(rejected.message().in(Language.of(getLocale())));
            }
            showFiles();
        });
    }

    private void showFiles() {
        list.removeAll();
        for (StoredFile file : files) {
            NativeButton remove = new NativeButton(getTranslation("form.files.remove"), click -> remove(file));
            remove.addClassName("porth-link-button");
            remove.setAriaLabel(getTranslation("form.files.remove-named", file.name()));
            list.add(new ListItem(new Span(file.name()), remove));
        }
        list.setVisible(!files.isEmpty());
    }

    private void remove(StoredFile file) {
        attachments.remove(file.id());
        files.remove(file);
        showFiles();
        upload.getElement().callJsFunction("focus");
    }

    private void showError(String message) {
        error.show(message);
        frame.setClassName("porth-form-group--error", message != null);
        if (message != null) {
            forms.show(FILES, message);
        }
    }

    private String types() {
        return LIMITS.types().stream().sorted().map(type -> getTranslation("form.files.type." + type.name()))
                .collect(Collectors.joining(", "));
    }
}
