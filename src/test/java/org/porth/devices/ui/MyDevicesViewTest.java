package org.porth.devices.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.porth.browserless.PortalViewTest;
import org.porth.devices.Device;
import org.porth.devices.DeviceKind;
import org.porth.devices.DeviceRef;
import org.porth.devices.Devices;
import org.porth.devices.NewDevice;
import org.porth.gazetteer.Gazetteer;
import org.porth.identity.SystemTask;
import org.porth.resident.ProfileChange;
import org.porth.resident.ResidentAddress;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.porth.shell.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Devices in your home or on you": what each reports and who sees it; a personal device's consent
 * withdrawn after confirming; another person's personal device neither listed nor withdrawable.
 */
class MyDevicesViewTest extends PortalViewTest {

    /** Flat 3, 14 Stryd Fawr: a flat of these tests' own (the demo uses Flat 1). */
    private static final String UPRN = "100100431009";

    @Autowired
    private Devices devices;
    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private Gazetteer gazetteer;

    @Test
    void aTenantSeesTheirHomesSensorAndTheirHubWithWhatEachReportsAndWhoSeesIt() {
        String tenant = tenantSignedIn();
        Device damp = register(DeviceKind.DAMP, null);
        Device hub = register(DeviceKind.TELECARE_HUB, tenant);
        String partner = otherResident();
        Device partnersWearable = register(DeviceKind.TELECARE_HUB, partner);

        navigate(MyDevicesView.class);

        String dampText = section(damp).getElement().getTextRecursively();
        assertThat(dampText).contains("Damp and humidity sensor", "In your home, Flat 3",
                "The humidity and temperature of the room", "The council's housing repairs officers",
                "This device belongs to your home, not to you.");
        assertThat(section(hub).getElement().getTextRecursively()).contains("Telecare hub",
                "Emergency alarms still go to the alarm centre", "You agreed to it.");
        assertThat(find(Section.class).withId("device-" + partnersWearable.id()).exists())
                .as("another person's personal device is theirs to know about").isFalse();
        assertThat(find(RouterLink.class).withId("withdraw-" + hub.id()).single().getElement().getAttribute("aria-label"))
                .isEqualTo("Withdraw your consent for the Telecare hub");
    }

    @Test
    void withdrawingConsentAsksFirstThenTheDeviceRaisesNoCasesAboutThem() {
        String tenant = tenantSignedIn();
        Device hub = register(DeviceKind.WEARABLE, tenant);
        navigate(MyDevicesView.class);

        test(find(RouterLink.class).withId("withdraw-" + hub.id()).single()).click();
        assertThat(currentView()).isInstanceOf(WithdrawDeviceConsentView.class);
        assertThat(devices.onResident(tenant)).filteredOn(mine -> mine.id().equals(hub.id()))
                .singleElement().satisfies(mine -> assertThat(mine.consentWithdrawn()).as("not yet").isFalse());
        test(find(NativeButton.class).withId("confirm-withdraw").single()).click();

        assertThat(currentView()).isInstanceOf(MyDevicesView.class);
        assertThat(find(Div.class).withId("my-devices-notice").single().getElement().getTextRecursively())
                .isEqualTo("Consent withdrawn. The device no longer raises cases about you.");
        assertThat(devices.onResident(tenant)).filteredOn(mine -> mine.id().equals(hub.id()))
                .singleElement().satisfies(mine -> assertThat(mine.consentWithdrawn()).isTrue());
        assertThat(section(hub).getElement().getTextRecursively()).contains("You withdrew your consent.");
        assertThat(find(RouterLink.class).withId("withdraw-" + hub.id()).exists()).isFalse();
    }

    @Test
    void goingBackWithdrawsNothing() {
        String tenant = tenantSignedIn();
        Device hub = register(DeviceKind.WEARABLE, tenant);
        UI.getCurrent().navigate("my-account/devices/" + hub.id() + "/withdraw");

        test(find(RouterLink.class).withId("cancel-withdraw").single()).click();

        assertThat(currentView()).isInstanceOf(MyDevicesView.class);
        assertThat(devices.onResident(tenant)).filteredOn(mine -> mine.id().equals(hub.id()))
                .singleElement().satisfies(mine -> assertThat(mine.consentWithdrawn()).isFalse());
    }

    @Test
    void anotherResidentsDeviceIsAPageThatDoesNotExist() {
        tenantSignedIn();
        Device someoneElses = register(DeviceKind.TELECARE_HUB, otherResident());

        UI.getCurrent().navigate("my-account/devices/" + someoneElses.id() + "/withdraw");

        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void myAccountLinksToTheDevicesAndThePageIsInWelsh() {
        tenantSignedIn();
        UI.getCurrent().navigate("my-account");
        assertThat(find(Anchor.class).withId("my-devices-link").single().getHref()).isEqualTo("my-account/devices");

        chooseLanguage(Language.WELSH);
        navigate(MyDevicesView.class);

        assertThat(pageText()).contains("Dyfeisiau yn eich cartref neu arnoch chi");
    }

    /** A new resident, signed in, living in the test flat. */
    private String tenantSignedIn() {
        signIn(Somebody.named("Ceri").asResident());
        profiles.update(ProfileChange.NONE.withAddress(ResidentAddress.from(gazetteer.byUprn(UPRN).orElseThrow())));
        return profiles.current().id().toString();
    }

    /** Someone else, whose record exists from their own sign-in; the tenant is signed in again after. */
    private String otherResident() {
        var tenant = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        signIn(Somebody.named("Dafydd").asResident());
        String other = profiles.current().id().toString();
        signIn(tenant);
        return other;
    }

    private Device register(DeviceKind kind, String resident) {
        return SystemTask.DEVICE_SIGNALS.run(() -> devices.register(new NewDevice(
                new DeviceRef("test-vendor", "my-" + UUID.randomUUID()), kind, kind == DeviceKind.WEARABLE ? null : UPRN,
                null, null, "housing-repairs", resident, resident == null ? null : "TC-1", false, Duration.ofMinutes(15))));
    }

    private Section section(Device device) {
        return find(Section.class).withId("device-" + device.id()).single();
    }
}
