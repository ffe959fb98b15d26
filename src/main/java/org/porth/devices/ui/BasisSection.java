package org.porth.devices.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.porth.devices.Device;
import org.porth.devices.RecordedBasis;
import org.porth.devices.registry.DeviceBases;
import org.porth.devices.registry.DeviceBases.BasisChange;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.AuditLogTable;
import org.porth.shell.FieldProblems;

/**
 * A personal device's lawful basis on its page (decisions 0051, 0064). In force: the basis, until when,
 * whether a supervisor signed it off, and a button to withdraw it. Otherwise: that its signals are kept
 * but open no case (none recorded, lapsed or withdrawn) and the form to record one. Then the history.
 */
final class BasisSection extends Section {

    static final String ID = "device-basis";
    static final String IN_FORCE_ID = "device-basis-in-force";

    BasisSection(Device device, DeviceBases bases, boolean mayChange, ZoneId zone, LocalDate today, Runnable reshow) {
        addClassName("porth-section");
        Language language = Language.of(getLocale());
        RecordedBasis basis = device.lawfulBasis();
        boolean inForce = basis != null && basis.inForce(today);
        setId(inForce ? IN_FORCE_ID : ID);
        H2 heading = new H2(getTranslation(inForce ? "registry.fact.basis" : "registry.basis.heading"));
        heading.addClassName("porth-heading-m");
        add(heading);
        if (inForce) {
            add(new Paragraph(BasisWords.recorded(this, basis, zone, language)), new Paragraph(BasisWords.signOff(this, basis, zone, language)));
            if (mayChange) {
                NativeButton withdraw = FieldProblems.button(getTranslation("basis.withdraw"), () -> {
                    bases.withdraw(device.id());
                    reshow.run();
                });
                withdraw.setId("withdraw-basis");
                withdraw.addClassName("porth-button--warning");
                add(withdraw);
            }
        } else {
            add(new Paragraph(whyNone(basis, zone, language)));
            if (mayChange) {
                add(new BasisForm(bases, device.id(), reshow));
            }
        }
        List<BasisChange> changes = bases.auditLog(device.id());
        if (!changes.isEmpty()) {
            add(new AuditLogTable("basis", "basis-audit", changes.stream()
                    .map(change -> new AuditLogTable.Line(change.at(), change.by(), change.action(), change.detail())).toList(),
                    at -> DateText.format(at, zone, language)));
        }
    }

    private String whyNone(RecordedBasis basis, ZoneId zone, Language language) {
        if (basis == null) {
            return getTranslation("registry.basis.none");
        }
        if (basis.withdrawnAt() != null) {
            return getTranslation("basis.withdrawn", basis.withdrawnBy(), DateText.format(basis.withdrawnAt(), zone, language));
        }
        return getTranslation("basis.lapsed", DateText.format(basis.recordedAt(), zone, language),
                DateText.format(basis.reviewBy(), language));
    }
}
