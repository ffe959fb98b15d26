package org.porth.devices.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.devices.Device;
import org.porth.devices.DeviceKind;
import org.porth.gazetteer.Address;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ForbiddenView;

/**
 * A supervisor registers a damp sensor in a council flat from the gazetteer and lands on its page;
 * a wrong form says every problem at once and keeps what was typed; the device is in the registry's
 * grid; caseworkers may look but not register.
 */
class DeviceRegistrationViewTest extends PortalViewTest {

    private static final String FLAT_UPRN = "100100421519";

    private final String deviceId = "AD-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aSupervisorRegistersADampSensorInAFlatAndSeesItsPage() {
        signIn(People.officer(Role.SUPERVISOR));
        navigate(RegisterDeviceView.class);

        field("source").setValue("acme-sensors");
        field("device-id").setValue(deviceId);
        choose("kind", DeviceKind.DAMP);
        field("postcode").setValue("pt1 1zj");
        click("find-addresses");
        Select<Address> address = select("uprn");
        address.setValue(address.getListDataView().getItems().filter(found -> found.uprn().equals(FLAT_UPRN))
                .findFirst().orElseThrow());
        choose("team", "housing-repairs");
        click("register");

        assertThat(currentView()).isInstanceOf(DeviceView.class);
        assertThat(find(Div.class).withId("device-notice").single().getElement().getTextRecursively())
                .isEqualTo("Device registered. Its readings and alerts appear here as it reports.");
        assertThat(find(DescriptionList.class).withId("device-facts").single().getElement().getTextRecursively())
                .contains("Damp and humidity sensor", "Property UPRN " + FLAT_UPRN, "Housing repairs",
                        "15 minutes", "Last reportedNot yet");
        assertThat(find(Section.class).withId("device-readings").single().getElement().getTextRecursively())
                .contains("No readings yet.");

        navigate(DevicesView.class);
        find(TextField.class).withId("device-search").single().setValue(deviceId.toLowerCase());
        @SuppressWarnings("unchecked")
        Grid<Device> grid = find(Grid.class).withId("devices").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).ref().deviceId()).isEqualTo(deviceId);
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Housing repairs");
    }

    @Test
    void aTelecareHubWithNothingElseSaysEveryProblemAtOnceAndKeepsWhatWasTyped() {
        signIn(People.officer(Role.SUPERVISOR));
        navigate(RegisterDeviceView.class);
        field("source").setValue("acme sensors!");
        field("interval-minutes").setValue("0");
        choose("kind", DeviceKind.TELECARE_HUB);

        click("register");

        assertThat(currentView()).isInstanceOf(RegisterDeviceView.class);
        assertThat(find(Anchor.class).from(find(ErrorSummary.class).single()).all()).extracting(Anchor::getText)
                .containsExactly(
                        "Enter the vendor using only letters, numbers, dots, hyphens and underscores, like acme-sensors",
                        "Enter the device id",
                        "Choose the team that looks after the device",
                        "Choose the address of the property the device is in",
                        "Choose the resident the device is tied to",
                        "Enter the reference of the resident's recorded consent",
                        "Enter how often it reports as a whole number of minutes from 1 to 10080 (a week)");
        assertThat(field("source").isInvalid()).isTrue();
        assertThat(field("source").getValue()).isEqualTo("acme sensors!");
        assertThat(field("consent-id").getErrorMessage()).isEqualTo("Enter the reference of the resident's recorded consent");
        assertThat(field("interval-minutes").getValue()).isEqualTo("0");
    }

    @Test
    void theSameDeviceTwiceIsRefusedAtItsId() {
        signIn(People.officer(Role.SUPERVISOR));
        for (int time = 0; time < 2; time++) {
            navigate(RegisterDeviceView.class);
            field("source").setValue("acme-sensors");
            field("device-id").setValue(deviceId);
            choose("kind", DeviceKind.GULLY);
            field("street-words").setValue("Church");
            click("find-streets");
            choose("team", "highways");
            click("register");
        }

        assertThat(currentView()).isInstanceOf(RegisterDeviceView.class);
        assertThat(field("device-id").getErrorMessage()).isEqualTo("This vendor already has a device with this id registered");
    }

    @Test
    void theRegistryIsInWelshForWelshReaders() {
        signIn(People.officer(Role.SUPERVISOR));
        chooseLanguage(Language.WELSH);
        navigate(RegisterDeviceView.class);

        click("register");

        assertThat(find(Anchor.class).from(find(ErrorSummary.class).single()).all()).extracting(Anchor::getText)
                .contains("Rhowch id y ddyfais", "Dewiswch pa fath o ddyfais yw hi");
    }

    @Test
    void aCaseworkerSeesTheRegistryButCannotRegister() {
        signIn(People.officer(Role.CASEWORKER));

        navigate(DevicesView.class);
        assertThat(find(RouterLink.class).withId("register-device").exists()).isFalse();

        UI.getCurrent().navigate("staff/devices/new");
        assertThat(currentView()).isInstanceOf(ForbiddenView.class);
        UI.getCurrent().navigate("staff/devices/import");
        assertThat(currentView()).isInstanceOf(ForbiddenView.class);
    }

    private TextField field(String id) {
        return find(TextField.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return find(Select.class).withId(id).single();
    }

    private <T> void choose(String id, T value) {
        Select<T> select = select(id);
        select.setValue(value);
    }

    private void click(String id) {
        test(find(NativeButton.class).withId(id).single()).click();
    }
}
