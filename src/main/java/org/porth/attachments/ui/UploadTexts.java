package org.porth.attachments.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** Vaadin's upload component in the page's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    /**
     * @param maxFiles the most the question takes: the browser is not told (it would drop files
     *                 beyond it silently), so its button and drop label say "file" here
     */
    public static UploadI18N in(Component component, int maxFiles) {
        String add = component.getTranslation(maxFiles == 1 ? "form.files.add-one" : "form.files.add-many");
        String drop = component.getTranslation(maxFiles == 1 ? "form.files.drop-one" : "form.files.drop-many");
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add))
                .setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(component.getTranslation("form.files.too-many"))
                        .setFileIsTooBig(component.getTranslation("form.files.too-big"))
                        .setIncorrectFileType(component.getTranslation("form.files.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(component.getTranslation("form.files.connecting"))
                                .setStalled(component.getTranslation("form.files.stalled"))
                                .setProcessing(component.getTranslation("form.files.processing"))
                                .setHeld(component.getTranslation("form.files.queued")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(component.getTranslation("form.files.remaining"))
                                .setUnknown(component.getTranslation("form.files.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(component.getTranslation("form.files.failed"))
                                .setUnexpectedServerError(component.getTranslation("form.files.failed"))
                                .setForbidden(component.getTranslation("form.files.failed"))))
                .setFile(new UploadI18N.File()
                        .setRetry(component.getTranslation("form.files.retry"))
                        .setStart(component.getTranslation("form.files.start"))
                        .setRemove(component.getTranslation("form.files.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
    }
}
