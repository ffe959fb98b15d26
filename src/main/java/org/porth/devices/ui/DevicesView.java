package org.porth.devices.ui;

import java.time.Clock;
import java.util.Map;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.porth.catalogue.Text;
import org.porth.devices.Device;
import org.porth.devices.DeviceKind;
import org.porth.devices.registry.DeviceFilter;
import org.porth.devices.registry.DeviceDemo;
import org.porth.devices.registry.DeviceRegistry;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.StaffLayout;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The device registry for staff: every device in a lazy grid (a page at a time, so it stays quick with
 * thousands of bins and sensors), narrowed by words, kind and team; supervisors register devices
 * one at a time or from a vendor's file.
 */
@Route(value = DevicesView.PATH, layout = StaffLayout.class)
@StyleSheet(DevicesView.STYLESHEET)
@PageTitle("registry.title")
@Menu(order = 4, title = "registry.title")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
class DevicesView extends Div {

    static final String PATH = "staff/devices";
    static final String STYLESHEET = "themes/porth/devices.css";

    private final DeviceRegistry registry;
    private final Grid<Device> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<DeviceKind> kind = new Select<>();
    private final Select<String> team = new Select<>();

    DevicesView(DeviceRegistry registry, CurrentUser currentUser, ObjectProvider<DeviceDemo> demo, Clock clock) {
        this.registry = registry;
        Language language = Language.of(getLocale());
        Map<String, Text> teams = registry.teams();
        H1 heading = new H1(getTranslation("registry.title"));
        heading.addClassName("porth-heading-l");
        add(heading, new Paragraph(getTranslation("registry.lead")));
        if (currentUser.get().map(user -> user.has(Role.SUPERVISOR) || user.has(Role.ADMIN)).orElse(false)) {
            RouterLink register = new RouterLink(getTranslation("registry.register.title"), RegisterDeviceView.class);
            register.setId("register-device");
            RouterLink upload = new RouterLink(getTranslation("registry.import.title"), DeviceImportView.class);
            upload.setId("import-devices");
            Div actions = new Div(register, upload);
            actions.addClassName("porth-device-actions");
            add(actions);
        }
        if (demo.getIfAvailable() != null && currentUser.get().map(user -> user.has(Role.ADMIN)).orElse(false)) {
            RouterLink start = new RouterLink(getTranslation("registry.demo.title"), DeviceDemoView.class);
            start.setId("device-demo");
            add(new Paragraph(start));
        }
        add(filters(teams, language), grid(teams, language, clock));
    }

    private Div filters(Map<String, Text> teams, Language language) {
        search.setId("device-search");
        search.setLabel(getTranslation("registry.filter.search"));
        search.setHelperText(getTranslation("registry.filter.search.hint"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        kind.setId("device-kind-filter");
        kind.setLabel(getTranslation("registry.filter.kind"));
        kind.setItems(DeviceKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("registry.filter.any"));
        kind.setItemLabelGenerator(shown -> shown == null ? getTranslation("registry.filter.any") : DeviceWords.kind(this, shown));
        team.setId("device-team-filter");
        team.setLabel(getTranslation("registry.filter.team"));
        team.setItems(teams.keySet());
        team.setEmptySelectionAllowed(true);
        team.setEmptySelectionCaption(getTranslation("registry.filter.any"));
        team.setItemLabelGenerator(id -> id == null ? getTranslation("registry.filter.any") : DeviceWords.team(teams, id, language));
        search.addValueChangeListener(change -> refresh());
        kind.addValueChangeListener(change -> refresh());
        team.addValueChangeListener(change -> refresh());
        Div filters = new Div(search, kind, team);
        filters.addClassName("porth-filters");
        return filters;
    }

    private Grid<Device> grid(Map<String, Text> teams, Language language, Clock clock) {
        grid.setId("devices");
        grid.addClassName("porth-queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(device -> new RouterLink(device.ref().deviceId(), DeviceView.class,
                new RouteParameters(DeviceView.ID, device.id()))).setHeader(getTranslation("registry.column.device"))
                // wider than the link by more than 24px, so that the cell keeps a touch target of its own (WCAG 2.5.8), as the queues' grid
                .setWidth("16rem").setFlexGrow(0);
        grid.addColumn(device -> device.ref().source()).setHeader(getTranslation("registry.column.source")).setFlexGrow(1);
        grid.addColumn(device -> DeviceWords.kind(this, device.kind())).setHeader(getTranslation("registry.column.kind"))
                .setFlexGrow(1);
        grid.addColumn(device -> DeviceWords.place(this, device)).setHeader(getTranslation("registry.column.place"))
                .setFlexGrow(2);
        grid.addColumn(device -> DeviceWords.team(teams, device.caretakerTeamId(), language))
                .setHeader(getTranslation("registry.column.team")).setFlexGrow(1);
        grid.addColumn(device -> DateText.format(device.registeredAt(), clock.getZone(), language))
                .setHeader(getTranslation("registry.column.registered")).setFlexGrow(1);
        grid.setItems(page -> registry.list(filter(), page.getOffset(), page.getLimit()).stream(),
                page -> (int) registry.count(filter()));
        return grid;
    }

    private DeviceFilter filter() {
        return new DeviceFilter(search.getValue(), kind.getValue(), team.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
