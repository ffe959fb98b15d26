package org.porth.casework.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.porth.casework.AuditItem;
import org.porth.catalogue.Text;
import org.porth.identity.StaffNames;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.Tables;

/**
 * For supervisors: who read or changed the case (by name and account), when, and from which screen.
 * Each line is a sentence in the officer's language ("Changed the status to In progress"): the log
 * stores codes, which are translated here, never shown.
 */
final class AuditTrailList extends Div {

    AuditTrailList(List<AuditItem> trail, StaffNames names, Map<String, Text> queues, ZoneId zone, Language language) {
        setId("audit-trail");
        NativeTable table = Tables.headed(List.of("case.audit.when", "case.audit.who", "case.audit.what",
                "case.audit.screen").stream().map(this::getTranslation).toList());
        NativeTableBody body = new NativeTableBody();
        for (AuditItem item : trail) {
            body.add(new NativeTableRow(new NativeTableCell(DateText.format(item.at(), zone, language)),
                    new NativeTableCell(names.withAccount(item.staffId())),
                    new NativeTableCell(getTranslation("audit.said." + item.action(), detail(item, names, queues, language))),
                    new NativeTableCell(getTranslation("case.audit.screen." + item.screen()))));
        }
        table.add(body);
        add(table);
    }

    /** The line's detail in words: a status, an outcome, an officer or a queue by name; a reference or file as stored. */
    private String detail(AuditItem item, StaffNames names, Map<String, Text> queues, Language language) {
        String detail = item.detail();
        if (detail == null) {
            return "";
        }
        return switch (item.action()) {
            case AuditItem.STATUS_CHANGED -> getTranslation("case.status." + detail);
            case AuditItem.FINISHED -> getTranslation("case.outcome." + detail);
            case AuditItem.ASSIGNED -> names.of(detail);
            case AuditItem.REROUTED -> queues.containsKey(detail) ? queues.get(detail).in(language) : detail;
            default -> detail;
        };
    }
}
