package org.porth.casework.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import org.porth.apply.RequestAnswers;
import org.porth.apply.StoredFiles.StoredFile;
import org.porth.casework.CaseDetails;
import org.porth.shared.Language;

/** The resident's answers as they gave them, and their files: images shown, every file downloadable. */
final class CaseAnswers extends Div {

    CaseAnswers(RequestAnswers answers, CaseDetails details, Language language) {
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
}
