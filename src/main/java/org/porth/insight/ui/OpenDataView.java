package org.porth.insight.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.ServiceDefinition;
import org.porth.insight.opendata.OpenData;
import org.porth.insight.opendata.OpenStatistics;
import org.porth.shared.Language;
import org.porth.shell.Tables;

/**
 * Open data (issue 18 §2): the council's monthly statistics per service for anyone, without signing in,
 * under the Open Government Licence: the latest month as a table, the last twelve as CSV and JSON.
 * Counts that could identify someone are suppressed (decision 0068) before they reach this page.
 */
@Route(OpenDataView.PATH)
@PageTitle("opendata.title")
@AnonymousAllowed
class OpenDataView extends Div {

    static final String PATH = "open-data";

    OpenDataView(OpenData openData, Catalogue catalogue) {
        Language language = Language.of(getLocale());
        Function<Language, Function<String, String>> names = in -> id -> catalogue.current(id)
                .map(ServiceDefinition::name).map(name -> name.in(in)).orElse(id);
        List<OpenStatistics> rows = openData.published();
        OpenDataFiles files = new OpenDataFiles(rows, names);
        H1 heading = new H1(getTranslation("opendata.title"));
        heading.addClassName("porth-heading-l");
        Paragraph intro = new Paragraph(getTranslation("opendata.intro", OpenData.MONTHS));
        intro.addClassName("porth-lead");
        Anchor licence = new Anchor(getTranslation("opendata.licence.url"), getTranslation("opendata.licence.name"));
        Paragraph licenceLine = new Paragraph(new Span(getTranslation("opendata.licence") + " "), licence);
        licenceLine.setId("open-data-licence");
        UnorderedList downloads = new UnorderedList(
                new ListItem(download("open-data-csv", getTranslation("opendata.download.csv"), "porth-open-data.csv",
                        "text/csv; charset=utf-8", files.csv())),
                new ListItem(download("open-data-json", getTranslation("opendata.download.json"), "porth-open-data.json",
                        "application/json", files.json())));
        downloads.addClassName("porth-list");
        add(heading, intro, licenceLine, downloads, new H2(getTranslation("opendata.suppression.heading")),
                new Paragraph(getTranslation("opendata.suppression")));
        rows.stream().findFirst().ifPresentOrElse(latest -> add(latestMonth(rows, latest, names.apply(language))),
                () -> add(new Paragraph(getTranslation("opendata.none"))));
    }

    private Div latestMonth(List<OpenStatistics> rows, OpenStatistics latest, Function<String, String> name) {
        String month = DateTimeFormatter.ofPattern("MMMM yyyy", getLocale()).format(latest.month());
        H2 heading = new H2(getTranslation("opendata.month", month));
        NativeTable table = Tables.headed(List.of(getTranslation("opendata.column.service"),
                getTranslation("opendata.column.requests"), getTranslation("opendata.column.online"),
                getTranslation("opendata.column.within-target"), getTranslation("opendata.column.outcomes"),
                getTranslation("opendata.column.answers"), getTranslation("opendata.column.satisfied")));
        NativeTableBody body = new NativeTableBody();
        rows.stream().filter(row -> row.month().equals(latest.month())).forEach(row -> {
            NativeTableRow line = new NativeTableRow();
            line.add(Tables.rowHeader(new Span(name.apply(row.serviceId()))));
            line.add(new NativeTableCell(OpenDataFiles.shown(row.requests(), false)),
                    new NativeTableCell(OpenDataFiles.shown(row.channels().get("WEB"), false)),
                    new NativeTableCell(OpenDataFiles.shown(row.withinTargetPercent(), true)),
                    new NativeTableCell(OpenDataFiles.shown(row.outcomes(), false)),
                    new NativeTableCell(OpenDataFiles.shown(row.answers(), false)),
                    new NativeTableCell(OpenDataFiles.shown(row.satisfiedPercent(), true)));
            body.add(line);
        });
        table.add(body);
        table.getElement().appendChild(new com.vaadin.flow.dom.Element("caption").setText(getTranslation("opendata.caption", month)));
        Div section = new Div(heading, Tables.scrolling(table, getTranslation("opendata.caption", month)));
        section.setId("open-data-latest");
        return section;
    }

    private static Anchor download(String id, String text, String fileName, String type, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), fileName, type, bytes.length)), text);
        anchor.setTarget(AnchorTarget.DEFAULT);
        anchor.getElement().setAttribute("download", fileName);
        anchor.setId(id);
        return anchor;
    }
}
