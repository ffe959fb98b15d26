package org.porth.tracking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.porth.attachments.Attachments;
import org.porth.attachments.UploadSlot;
import org.porth.attachments.ui.FileUploadField;
import org.porth.casework.ResidentCase;
import org.porth.casework.ResidentCases;
import org.porth.catalogue.UploadLimits;
import org.porth.shared.Language;
import org.porth.shell.FieldProblems;

/**
 * Writing to the council about the request, with photos or documents checked as a form's are (by
 * their content, against the same limits) and sent with the message. When the council asked for
 * more information, this is the reply, and it says so.
 */
final class MessageForm extends Div {

    static final String FILES = "message-files";
    private static final String UPLOAD = "message-upload";

    MessageForm(ResidentCases cases, Attachments attachments, ResidentCase request, RequestForms forms) {
        String reference = request.summary().reference();
        setId("write");
        H2 heading = new H2(getTranslation(request.summary().waitingForResident() ? "tracking.message.reply-title"
                : "tracking.message.title"));
        heading.addClassName("porth-heading-m");
        TextArea message = forms.area("message", getTranslation("tracking.message.label"));
        Paragraph filesLabel = new Paragraph(getTranslation("tracking.message.files"));
        filesLabel.addClassName("porth-label");
        FileUploadField files = new FileUploadField(UPLOAD, new UploadSlot.Message(reference), UploadLimits.DEFAULT,
                attachments, refused -> forms.show(UPLOAD,
                refused.stream().map(text -> text.in(Language.of(getLocale()))).toList()), filesLabel);
        files.setId(FILES);
        files.addClassName("porth-form-group");
        add(heading, FieldProblems.group(message), files, forms.button("send-message",
                getTranslation("tracking.message.send"), "tracking.message.sent",
                () -> cases.write(reference, message.getValue(), files.fileIds())));
    }
}
