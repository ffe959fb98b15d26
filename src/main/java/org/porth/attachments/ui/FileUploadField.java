package org.porth.attachments.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import org.porth.attachments.Attachments;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.UploadResult;
import org.porth.attachments.UploadSlot;
import org.porth.catalogue.Text;
import org.porth.catalogue.UploadLimits;
import org.porth.shared.Language;
import org.porth.shell.ErrorMessage;
import org.porth.shell.Hint;

/**
 * The GOV.UK file upload: the limits, the files added with a Remove button each, and an upload that
 * has each file checked on the server as it arrives (by its content, against the limits and the
 * person's allowance). Each file refused among those chosen together is named with why, by the
 * upload and in the page's error summary. The browser is given no most number of files: it would drop
 * those beyond it without a word, so the server counts and names each one it refuses. Files added to
 * the slot and not removed or sent are listed again when the page is opened again, rather than
 * uploaded twice.
 */
public class FileUploadField extends Div {

    private final Attachments attachments;
    private final UploadSlot slot;
    private final UploadLimits limits;
    private final Consumer<List<Text>> refused;
    private final Div errors = new Div();
    private final UnorderedList list = new UnorderedList();
    private final Upload upload = new Upload();
    private final List<StoredFile> files = new ArrayList<>();
    /** Why files chosen together were refused, until files are chosen again. */
    private final List<Text> refusals = new ArrayList<>();
    private boolean chosenAgain = true;

    /**
     * @param uploadId the upload's id, for the error summary's link to it
     * @param refused  lists the messages of the files refused among those chosen together in the
     *                 page's error summary
     * @param above    the label and hints, above the limits
     */
    public FileUploadField(String uploadId, UploadSlot slot, UploadLimits limits, Attachments attachments,
            Consumer<List<Text>> refused, Component... above) {
        this.attachments = attachments;
        this.slot = slot;
        this.limits = limits;
        this.refused = refused;
        upload.setId(uploadId);
        upload.setI18n(UploadTexts.in(this, limits.maxFiles()));
        UI ui = UI.getCurrent();
        upload.setUploadHandler(event -> receive(event, ui));
        upload.addAllFinishedListener(event -> chosenAgain = true);
        list.addClassName("porth-file-list");
        files.addAll(attachments.waiting(slot));
        showFiles();
        add(above);
        add(new Hint(null, getTranslation("form.files.limits", limits.maxFiles(), types(),
                limits.maxBytesPerFile() / (1024 * 1024))), errors, list, upload);
    }

    /** The ids of the files listed, in the order they were added. */
    public List<String> fileIds() {
        return files.stream().map(StoredFile::id).toList();
    }

    /** Lists these files too, those the person may see and not listed yet. */
    public void alsoList(Collection<String> fileIds) {
        fileIds.stream().filter(id -> files.stream().noneMatch(file -> file.id().equals(id)))
                .forEach(id -> attachments.find(id).ifPresent(files::add));
        showFiles();
    }

    /** The messages above the upload, the group marked as wrong; none clears both. */
    public void showErrors(List<String> messages) {
        errors.removeAll();
        for (String message : messages) {
            ErrorMessage error = new ErrorMessage(null);
            error.show(message);
            errors.add(error);
        }
        setClassName("porth-form-group--error", !messages.isEmpty());
    }

    private void receive(UploadEvent event, UI ui) throws IOException {
        UploadResult result;
        try (InputStream content = event.getInputStream()) {
            result = attachments.upload(slot, event.getFileName(), content, limits);
        }
        ui.access(() -> {
            upload.clearFileList();
            if (chosenAgain) {
                refusals.clear();
                chosenAgain = false;
            }
            if (result instanceof UploadResult.Stored stored) {
                files.add(stored.file());
            } else if (result instanceof UploadResult.Rejected rejected && !refusals.contains(rejected.message())) {
                refusals.add(rejected.message());
            }
            Language language = Language.of(getLocale());
            showErrors(refusals.stream().map(message -> message.in(language)).toList());
            if (!refusals.isEmpty()) {
                refused.accept(List.copyOf(refusals));
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

    private String types() {
        return limits.types().stream().sorted().map(type -> getTranslation("form.files.type." + type.name()))
                .collect(Collectors.joining(", "));
    }
}
