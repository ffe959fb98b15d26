package org.porth.devices.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.devices.Device;
import org.porth.devices.registry.DeviceBases;
import org.porth.identity.CurrentUser;
import org.porth.devices.DeviceAlertSummary;
import org.porth.devices.DeviceSignals;
import org.porth.devices.Reading;
import org.porth.devices.registry.DeviceRegistry;
import org.porth.identity.Role;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shared.Translations;
import org.porth.shell.StaffLayout;
import org.porth.shell.Tables;

/**
 * One device for staff: what and where it is, whose, when it last reported, its open case, its
 * latest readings as a chart beside a table of the same readings, and its alerts. A personal device
 * without consent or a lawful basis in force says so, and caseworkers may record a basis there, or
 * withdraw the one in force (BasisSection).
 */
@Route(value = DevicesView.PATH + "/:" + DeviceView.ID, layout = StaffLayout.class)
@StyleSheet(DevicesView.STYLESHEET)
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
class DeviceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String REGISTERED = "registered";
    /** About two days of a device reporting every hour; half a day of one reporting every 15 minutes. */
    static final int READINGS = 48;
    static final int ALERTS = 20;

    private final DeviceRegistry registry;
    private final DeviceSignals signals;
    private final DeviceBases bases;
    private final CurrentUser currentUser;
    private final ZoneId zone;
    private final Clock clock;
    private String title = "";

    DeviceView(DeviceRegistry registry, DeviceSignals signals, DeviceBases bases, CurrentUser currentUser, Clock clock) {
        this.registry = registry;
        this.signals = signals;
        this.bases = bases;
        this.currentUser = currentUser;
        this.zone = clock.getZone();
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Device> device = event.getRouteParameters().get(ID).flatMap(registry::byId);
        if (device.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(device.get(), event.getLocation().getQueryParameters().getParameters().containsKey(REGISTERED));
    }

    private void show(Device device, boolean registered) {
        removeAll();
        Language language = Language.of(getLocale());
        title = getTranslation("registry.device.title", DeviceWords.kind(this, device.kind()), DeviceWords.name(device));
        H1 heading = new H1(title);
        heading.addClassName("porth-heading-l");
        if (registered) {
            Div notice = new Div(new Paragraph(getTranslation("registry.register.done")));
            notice.setId("device-notice");
            notice.getElement().setAttribute("role", "status");
            notice.addClassNames("porth-notification", "porth-notification--success");
            add(notice);
        }
        add(heading, facts(device, language));
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (device.kind().personal() && (device.lawfulBasis() != null || !device.mayOpenCases(today))) {
            boolean mayChange = currentUser.get().filter(user -> user.has(Role.CASEWORKER) || user.has(Role.SUPERVISOR)).isPresent();
            add(new BasisSection(device, bases, mayChange, zone, today, () -> registry.byId(device.id()).ifPresent(now -> show(now, false))));
        }
        add(openCase(device), readings(device, language), alerts(device, language));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private DescriptionList facts(Device device, Language language) {
        DescriptionList facts = new DescriptionList();
        facts.setId("device-facts");
        facts.addClassName("porth-summary-list");
        fact(facts, "registry.fact.kind", DeviceWords.kind(this, device.kind()));
        fact(facts, "registry.fact.place", DeviceWords.place(this, device));
        fact(facts, "registry.fact.team", DeviceWords.team(registry.teams(), device.caretakerTeamId(), language));
        if (device.residentId() != null) {
            fact(facts, "registry.fact.resident", registry.residentName(device.residentId()).orElse(device.residentId()));
        }
        if (device.consentId() != null) {
            fact(facts, "registry.fact.consent", getTranslation(device.consentWithdrawn() ? "registry.consent.withdrawn"
                    : "registry.consent.given", device.consentId()));
        }
        fact(facts, "registry.fact.interval", getTranslation("registry.interval", device.expectedInterval().toMinutes()));
        fact(facts, "registry.fact.registered", DateText.format(device.registeredAt(), zone, language));
        fact(facts, "registry.fact.last-reported", signals.lastReported(device.id())
                .map(at -> DateText.format(at, zone, language)).orElse(getTranslation("registry.never")));
        return facts;
    }

    private void fact(DescriptionList facts, String termKey, String description) {
        facts.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(description));
    }

    /** The case staff work from the device's alerts, by its reference (the case page is casework's). */
    private Section openCase(Device device) {
        Paragraph text = signals.openCaseReference(device.id())
                .map(reference -> {
                    Anchor link = new Anchor("staff/cases/" + reference, reference);
                    link.setId("device-case");
                    return new Paragraph(new Span(getTranslation("registry.case.open") + " "), link);
                })
                .orElseGet(() -> new Paragraph(getTranslation("registry.case.none")));
        return section("registry.case.heading", "device-case-section", text);
    }

    private Section readings(Device device, Language language) {
        List<Reading> latest = signals.recentReadings(device.id(), READINGS);
        if (latest.isEmpty()) {
            return section("registry.readings.heading", "device-readings", new Paragraph(getTranslation("registry.readings.none")));
        }
        List<Reading> charted = ReadingsChart.ofLatestMetric(latest);
        ReadingsChart chart = new ReadingsChart(charted, metric(charted.getFirst().metric()), zone, language,
                (key, parameters) -> getTranslation(key, parameters));
        NativeTable table = Tables.headed(List.of(getTranslation("registry.readings.time"),
                getTranslation("registry.readings.metric"), getTranslation("registry.readings.value")));
        table.setId("readings-table");
        NativeTableBody body = new NativeTableBody();
        latest.forEach(reading -> body.add(new NativeTableRow(
                Tables.rowHeader(new Span(DateText.format(reading.observedAt(), zone, language))),
                new NativeTableCell(metric(reading.metric())),
                new NativeTableCell(ReadingsChart.number(reading.value(), reading.unit())))));
        table.add(body);
        Div scroll = new Div(table);
        scroll.addClassName("porth-device-table");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("registry.readings.table"));
        Div side = new Div(chart, scroll);
        side.addClassName("porth-device-readings");
        return section("registry.readings.heading", "device-readings", side);
    }

    private Section alerts(Device device, Language language) {
        List<DeviceAlertSummary> alerts = signals.alerts(device.id(), ALERTS);
        if (alerts.isEmpty()) {
            return section("registry.alerts.heading", "device-alerts", new Paragraph(getTranslation("registry.alerts.none")));
        }
        NativeTable table = Tables.headed(List.of(getTranslation("registry.alerts.time"),
                getTranslation("registry.alerts.condition"), getTranslation("registry.alerts.state"),
                getTranslation("registry.alerts.severity")));
        NativeTableBody body = new NativeTableBody();
        alerts.forEach(alert -> body.add(new NativeTableRow(
                Tables.rowHeader(new Span(DateText.format(alert.at(), zone, language))),
                new NativeTableCell(known("registry.condition." + alert.condition(), alert.condition())),
                new NativeTableCell(known("registry.alert-state." + alert.state(), alert.state())),
                new NativeTableCell(known("registry.severity." + alert.severity(), String.valueOf(alert.severity()))))));
        table.add(body);
        return section("registry.alerts.heading", "device-alerts", table);
    }

    private Section section(String headingKey, String id, Component content) {
        H2 heading = new H2(getTranslation(headingKey));
        heading.addClassName("porth-heading-m");
        Section section = new Section(heading, content);
        section.setId(id);
        section.addClassName("porth-section");
        return section;
    }

    /** A metric's name in the page's language when the bundle has it, else as the device says it. */
    private String metric(String name) {
        return known("registry.metric." + name, name);
    }

    private String known(String key, String otherwise) {
        return Translations.has(key) ? getTranslation(key) : otherwise;
    }
}
