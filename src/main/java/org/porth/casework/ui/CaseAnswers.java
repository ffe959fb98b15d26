package org.porth.casework.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import org.porth.attachments.FilePreview;
import org.porth.attachments.FilePreview.FirstPage;
import org.porth.attachments.FilePreview.NotNow;
import org.porth.attachments.FilePreviews;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.casework.CaseDetails;
import org.porth.catalogue.UploadLimits.FileType;
import org.porth.forms.RequestAnswers;
import org.porth.shared.Language;

/**
 * The resident's answers as they gave them, and their files: images shown, a PDF's first page shown
 * as a picture (the PDF itself is never put in the page), every file downloadable.
 */
final class CaseAnswers extends Div {

    CaseAnswers(RequestAnswers answers, FilePreviews previews, CaseDetails details, Language language) {
        String service = details.summary().serviceId();
        SummaryList list = new SummaryList();
        answers.rows(service, details.serviceVersion(), details.answers(), language)
                .forEach(row -> list.row(row.question(), row.answer()));
        add(list);
        Div files = new Div();
        files.addClassName("porth-case-files");
        for (StoredFile file : answers.files(service, details.serviceVersion(), details.answers())) {
            Div item = new Div();
            if (file.mediaType().startsWith("image/")) {
                Image preview = new Image("/files/" + file.id(), getTranslation("case.files.preview", file.name()));
                preview.addClassName("porth-case-files__preview");
                item.add(preview);
            } else if (FileType.PDF.mediaType().equals(file.mediaType())) {
                previews.describe(file.id()).ifPresent(preview -> item.add(pdfPreview(file, preview)));
            }
            Anchor download = new Anchor("/files/" + file.id(), getTranslation("case.files.download", file.name()));
            download.getElement().setAttribute("router-ignore", true);
            item.add(download);
            files.add(item);
        }
        if (files.getComponentCount() > 0) {
            add(files);
        }
    }

    private Div pdfPreview(StoredFile file, FilePreview preview) {
        Div shown = new Div();
        if (preview instanceof FirstPage page) {
            Image image = new Image("/files/" + file.id() + "/preview",
                    getTranslation("case.files.page-alt", file.name(), page.pages()));
            image.addClassName("porth-case-files__page");
            // the picture's own size, so the page keeps its place while it loads
            image.getElement().setAttribute("width", String.valueOf(page.width()));
            image.getElement().setAttribute("height", String.valueOf(page.height()));
            Paragraph caption = new Paragraph(getTranslation("case.files.page-caption", page.pages()));
            caption.addClassName("porth-case-files__caption");
            // the picture's text says it already
            caption.getElement().setAttribute("aria-hidden", "true");
            shown.add(image, caption);
        } else if (preview instanceof NotNow) {
            shown.add(new Paragraph(getTranslation("case.files.preview-busy", file.name())));
        } else {
            shown.add(new Paragraph(getTranslation("case.files.no-preview", file.name())));
        }
        return shown;
    }
}
