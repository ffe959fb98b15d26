package org.porth.devices.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import org.porth.attachments.ui.UploadTexts;
import org.porth.devices.DeviceKind;
import org.porth.devices.registry.DeviceCsvColumns;
import org.porth.devices.registry.DeviceImport;
import org.porth.devices.registry.DeviceKinds;
import org.porth.devices.registry.DraftProblem;
import org.porth.devices.registry.ImportOutcome;
import org.porth.identity.Role;
import org.porth.shell.ErrorSummary;
import org.porth.shell.StaffLayout;

/**
 * A supervisor registers a vendor's devices from a CSV file: the columns it needs, the upload, and
 * then either how many were registered or, when any row is wrong, every problem by its line number,
 * with nothing registered, so the corrected file can simply be uploaded again.
 */
@Route(value = DevicesView.PATH + "/import", layout = StaffLayout.class)
@StyleSheet(DevicesView.STYLESHEET)
@PageTitle("registry.import.title")
@RolesAllowed(Role.SUPERVISOR_NAME)
class DeviceImportView extends Div {

    static final int MOST_BYTES = 1024 * 1024;
    private static final String FILE_FIELD = "device-file";

    private final DeviceImport imports;
    private final ErrorSummary summary = new ErrorSummary();
    private final Div notice = new Div();
    private final Upload upload = new Upload();

    DeviceImportView(DeviceImport imports) {
        this.imports = imports;
        H1 heading = new H1(getTranslation("registry.import.title"));
        heading.addClassName("porth-heading-l");
        notice.setId("import-notice");
        notice.getElement().setAttribute("role", "status");
        upload.setId(FILE_FIELD);
        upload.setI18n(UploadTexts.in(this, 1));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MOST_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        UI ui = UI.getCurrent();
        upload.setUploadHandler(event -> receive(event, ui));
        RouterLink back = new RouterLink(getTranslation("registry.back"), DevicesView.class);
        add(summary, notice, heading, format(), upload, new Paragraph(back));
    }

    private Div format() {
        H2 heading = new H2(getTranslation("registry.import.format.heading"));
        heading.addClassName("porth-heading-m");
        UnorderedList kinds = new UnorderedList();
        for (DeviceKind kind : DeviceKind.values()) {
            kinds.add(new ListItem(new Code(DeviceKinds.key(kind)), new Span(
                    " " + DeviceWords.kind(this, kind))));
        }
        return new Div(heading, new Paragraph(getTranslation("registry.import.format.lead")),
                new Paragraph(new Code(String.join(",", DeviceCsvColumns.all()))),
                new Paragraph(getTranslation("registry.import.format.rules", DeviceImport.MOST_ROWS)),
                new Paragraph(getTranslation("registry.import.format.kinds")), kinds);
    }

    private void receive(UploadEvent event, UI ui) throws IOException {
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(MOST_BYTES + 1);
        }
        ui.access(() -> {
            upload.clearFileList();
            show(content.length > MOST_BYTES
                    ? new ImportOutcome(0, List.of(new DraftProblem("file", "registry.import.too-big", 1)))
                    : imports.importCsv(content));
        });
    }

    /** The outcome: a notice of the devices registered, or every problem in the summary, by line. */
    void show(ImportOutcome outcome) {
        notice.removeAll();
        notice.removeClassNames("porth-notification", "porth-notification--success");
        if (outcome.imported()) {
            summary.show(List.of());
            notice.addClassNames("porth-notification", "porth-notification--success");
            notice.add(new Paragraph(getTranslation("registry.import.done", outcome.registered())));
            return;
        }
        summary.show(outcome.problems().stream().map(problem -> new ErrorSummary.Problem(FILE_FIELD, message(problem)))
                .toList());
    }

    /** "Line 3, column kind: Choose what kind of device it is": each problem where it is in the file. */
    private String message(DraftProblem problem) {
        if (problem.messageKey().equals("registry.import.no-column")) {
            return getTranslation("registry.import.line", problem.line(), getTranslation(problem.messageKey(), problem.field()));
        }
        String text = getTranslation(problem.messageKey());
        return DeviceCsvColumns.all().contains(DeviceCsvColumns.of(problem.field()))
                ? getTranslation("registry.import.line-column", problem.line(), DeviceCsvColumns.of(problem.field()), text)
                : getTranslation("registry.import.line", problem.line(), text);
    }
}
