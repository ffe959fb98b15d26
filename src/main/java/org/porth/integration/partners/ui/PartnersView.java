package org.porth.integration.partners.ui;

import java.time.Clock;
import java.time.LocalDate;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;
import org.porth.integration.partners.Partner;
import org.porth.integration.partners.Partners;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.StaffLayout;
import org.porth.shell.Tables;

/**
 * Administrators see every partner organisation, whether its data sharing agreement is in force, and
 * register new ones.
 */
@Route(value = "staff/admin/partners", layout = StaffLayout.class)
@PageTitle("partners.title")
@Menu(order = 16, title = "partners.title")
@RolesAllowed(Role.ADMIN_NAME)
class PartnersView extends Div {

    PartnersView(Partners partners, Clock clock) {
        H1 heading = new H1(getTranslation("partners.title"));
        heading.addClassName("porth-heading-l");
        Anchor register = new Anchor("staff/admin/partners/" + PartnerView.NEW, getTranslation("partners.register"));
        register.addClassNames("porth-button");
        register.setId("register-partner");
        add(heading, new Paragraph(getTranslation("partners.intro")), register, list(partners.all(), clock));
    }

    private Div list(List<Partner> partners, Clock clock) {
        Div list = new Div();
        list.setId("partners");
        if (partners.isEmpty()) {
            list.add(new Paragraph(getTranslation("partners.none")));
            return list;
        }
        Language language = Language.of(getLocale());
        LocalDate today = LocalDate.now(clock);
        NativeTable table = Tables.headed(List.of(getTranslation("partners.name"), getTranslation("partners.agreement"),
                getTranslation("partners.ends"), getTranslation("partners.status"), getTranslation("partners.types")));
        NativeTableBody body = new NativeTableBody();
        for (Partner partner : partners) {
            Anchor link = new Anchor("staff/admin/partners/" + partner.id(), partner.name());
            body.add(new NativeTableRow(Tables.rowHeader(link), new NativeTableCell(partner.agreementReference()),
                    new NativeTableCell(DateText.format(partner.agreementEnds(), language)),
                    new NativeTableCell(getTranslation(partner.inForceOn(today) ? "partners.in-force" : "partners.ended")),
                    new NativeTableCell(partner.referralTypes().stream().sorted()
                            .map(type -> getTranslation("referrals.type." + type)).collect(Collectors.joining(", ")))));
        }
        table.add(body);
        list.add(table);
        return list;
    }
}
