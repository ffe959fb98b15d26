package org.porth.casework.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.porth.casework.AuditItem;
import org.porth.identity.StaffNames;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.Tables;

/** For supervisors: who read or changed the case (by name and account), when, and from which screen. */
final class AuditTrailList extends Div {

    AuditTrailList(List<AuditItem> trail, StaffNames names, ZoneId zone, Language language) {
        setId("audit-trail");
        NativeTable table = Tables.headed(List.of("case.audit.when", "case.audit.who", "case.audit.what",
                "case.audit.screen").stream().map(this::getTranslation).toList());
        NativeTableBody body = new NativeTableBody();
        for (AuditItem item : trail) {
            String detail = AuditItem.ASSIGNED.equals(item.action()) ? names.of(item.detail()) : item.detail();
            String what = getTranslation("case.audit.action." + item.action()) + (detail == null ? "" : ": " + detail);
            body.add(new NativeTableRow(new NativeTableCell(DateText.format(item.at(), zone, language)),
                    new NativeTableCell(names.withAccount(item.staffId())), new NativeTableCell(what),
                    new NativeTableCell(getTranslation("case.audit.screen." + item.screen()))));
        }
        table.add(body);
        add(table);
    }
}
