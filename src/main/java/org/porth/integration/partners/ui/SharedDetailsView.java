package org.porth.integration.partners.ui;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;
import org.porth.integration.partners.DetailsShared;
import org.porth.integration.partners.SharedDetails;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.Tables;

/** Every organisation outside the council that received the resident's details, which details and when. */
@Route("my-account/details-shared")
@PageTitle("details-shared.title")
@RolesAllowed(Role.RESIDENT_NAME)
class SharedDetailsView extends Div {

    SharedDetailsView(SharedDetails shared, Clock clock) {
        H1 heading = new H1(getTranslation("details-shared.title"));
        heading.addClassName("porth-heading-l");
        Div list = new Div();
        list.setId("details-shared");
        List<DetailsShared> entries = shared.mine();
        if (entries.isEmpty()) {
            list.add(new Paragraph(getTranslation("details-shared.none")));
        } else {
            Language language = Language.of(getLocale());
            NativeTable table = Tables.headed(List.of(getTranslation("details-shared.party"),
                    getTranslation("details-shared.details"), getTranslation("details-shared.when")));
            NativeTableBody body = new NativeTableBody();
            entries.forEach(entry -> body.add(new NativeTableRow(Tables.rowHeader(new Paragraph(entry.partyName())),
                    new NativeTableCell(entry.fields().stream().sorted()
                            .map(field -> getTranslation("consent.field." + field.key())).collect(Collectors.joining(", "))),
                    new NativeTableCell(DateText.format(entry.sharedAt(), clock.getZone(), language)))));
            table.add(body);
            list.add(table);
        }
        add(new Anchor("my-account", getTranslation("details-shared.back")), heading,
                new Paragraph(getTranslation("details-shared.intro")), list);
    }
}
