package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.porth.browserless.People;
import org.porth.devices.Device;
import org.porth.devices.DeviceKind;
import org.porth.devices.DeviceRef;
import org.porth.devices.Devices;
import org.porth.devices.NewDevice;
import org.porth.devices.Reading;
import org.porth.devices.SignalIngest;
import org.porth.identity.SystemTask;
import org.porth.resident.ResidentProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The device pages in a browser: a supervisor finds a damp sensor in the registry and reads its page
 * (the chart beside the table of the same readings) and the registration form's problems, by keyboard;
 * reads a damp case's Awaab's Law steps beside the earlier cases at its address; the tenant reads the
 * same steps on their request page, in Welsh and in English;
 * Sam sees the devices in his home and on him and withdraws consent for his wearable after confirming,
 * in English and in Welsh. Every page axe-clean and none wider than the screen, at 390 px and 1280 px.
 */
class DevicesIT extends PortalBrowserTest {

    private static final String FLAT_UPRN = "100100431009";

    @Autowired
    private Devices devices;
    @Autowired
    private SignalIngest ingest;
    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private JdbcTemplate jdbc;

    private final String batch = UUID.randomUUID().toString().substring(0, 8);

    @OnPhoneAndDesktop
    void aSupervisorReadsADampSensorsPageAndTheRegistrationFormsProblems(Viewport viewport) {
        Device damp = register(DeviceKind.DAMP, null);
        Instant start = Instant.now().minus(Duration.ofHours(6));
        for (int quarter = 0; quarter < 12; quarter++) {
            Reading reading = new Reading(start.plus(Duration.ofMinutes(15L * quarter)), "relative-humidity", 60 + quarter, "%");
            SystemTask.DEVICE_SIGNALS.run(() -> {
                ingest.accept(new SignalIngest.SensorReading(damp.ref(), reading));
                return null;
            });
        }
        startBrowser(viewport);
        open("/staff/devices");
        signInAs("sunil");
        assertThat(heading()).isEqualTo("Devices");
        assertNoSidewaysScrolling("devices");
        assertAccessible("devices");

        open("/staff/devices/" + damp.id());
        assertThat(heading()).isEqualTo("Damp and humidity sensor e2e-" + batch + " / damp-" + batch);
        assertThat(driver.findElement(By.cssSelector("#readings-chart svg title")).getDomProperty("textContent"))
                .isEqualTo("Relative humidity: the last 12 readings");
        assertThat(driver.findElement(By.id("readings-table")).getText()).contains("71 %", "60 %");
        assertNoSidewaysScrolling("a device's page");
        assertAccessible("a device's page");

        open("/staff/devices/new");
        assertThat(heading()).isEqualTo("Register a device");
        tabTo("register");
        press(Keys.ENTER);
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".porth-error-summary")));
        assertThat(driver.findElement(By.cssSelector(".porth-error-summary")).getText())
                .contains("Enter the vendor or network the device reports through", "Choose what kind of device it is");
        assertNoSidewaysScrolling("register a device, with problems");
        assertAccessible("register a device, with problems");

        readsADampCaseWithItsAwaabStepsAndTheEarlierCasesAtItsAddress(damp);
    }

    private void readsADampCaseWithItsAwaabStepsAndTheEarlierCasesAtItsAddress(Device damp) {
        String earlier = humid(register(DeviceKind.DAMP, null, "earlier-"));
        String dampCase = humid(damp);
        open("/staff/cases/" + dampCase);
        assertThat(driver.findElement(By.id("case-awaab")).getText()).contains("Awaab's Law steps", "Investigate");
        assertThat(driver.findElement(By.id("earlier-cases")).getText()).contains(earlier);
        assertNoSidewaysScrolling("a damp case with its Awaab's Law steps");
        assertAccessible("a damp case with its Awaab's Law steps");
    }

    /** A humidity alert over three days, as the sensor's gateway sends it: opens a damp case on Awaab's Law's clock. */
    private String humid(Device damp) {
        SystemTask.DEVICE_SIGNALS.run(() -> ingest.alert(new SignalIngest.SensorAlert("humid-" + damp.id(), damp.ref(),
                "humidity-high", true, null, Instant.now().minusSeconds(1), 82.0, "%", 70.0, null, null)));
        return jdbc.queryForObject("select case_reference from device_case where device_id = ?", String.class, damp.id());
    }

    @OnPhoneAndDesktop
    void samSeesTheDevicesInHisHomeAndWithdrawsConsentForHisWearable(Viewport viewport) {
        startBrowser(viewport);
        open("/my-account");
        signInAs("sam");
        // the damp sensor names him as its tenant: his saved address is left alone, for the tests after this one
        String sam = as(People.sam(), () -> profiles.current().id().toString());
        Device damp = register(DeviceKind.DAMP, sam);
        Device wearable = register(DeviceKind.WEARABLE, sam);

        click(waitUntil(ExpectedConditions.elementToBeClickable(By.id("my-devices-link"))));
        waitUntil(d -> path().equals("/my-account/devices"));
        waitForPage();
        assertThat(heading()).isEqualTo("Devices in your home or on you");
        assertThat(driver.findElement(By.id("device-" + damp.id())).getText()).contains("Damp and humidity sensor");
        assertNoSidewaysScrolling("my devices");
        assertAccessible("my devices");

        tabTo("withdraw-" + wearable.id());
        press(Keys.ENTER);
        waitUntil(d -> path().endsWith("/withdraw"));
        waitForPage();
        assertThat(heading()).isEqualTo("Are you sure you want to withdraw your consent?");
        assertAccessible("withdraw consent for a device");
        tabTo("confirm-withdraw");
        press(Keys.ENTER);
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("my-devices-notice"),
                "Consent withdrawn. The device no longer raises cases about you."));
        assertThat(driver.findElements(By.id("withdraw-" + wearable.id()))).isEmpty();
        assertAccessible("my devices, consent withdrawn");

        open("/my-account/devices?lang=cy");
        assertThat(htmlLang()).isEqualTo("cy");
        assertThat(heading()).isEqualTo("Dyfeisiau yn eich cartref neu arnoch chi");
        assertNoSidewaysScrolling("my devices, in Welsh");
        assertAccessible("my devices, in Welsh");

        String request = humid(damp);
        open("/my-requests/" + request + "?lang=cy");
        assertThat(driver.findElement(By.cssSelector("#awaab-steps h2")).getText())
                .isEqualTo("Beth mae'n rhaid i ni ei wneud am leithder a llwydni, ac erbyn pryd");
        assertNoSidewaysScrolling("a damp request's Awaab's Law steps, in Welsh");
        assertAccessible("a damp request's Awaab's Law steps, in Welsh");
        open("/my-requests/" + request + "?lang=en");
        assertThat(driver.findElement(By.id("awaab-steps")).getText()).contains("Inspect your home to find the cause");
        assertNoSidewaysScrolling("a damp request's Awaab's Law steps");
        assertAccessible("a damp request's Awaab's Law steps");
    }

    private Device register(DeviceKind kind, String resident) {
        return register(kind, resident, "");
    }

    private Device register(DeviceKind kind, String resident, String prefix) {
        boolean personal = kind == DeviceKind.WEARABLE;
        return SystemTask.DEVICE_SIGNALS.run(() -> devices.register(new NewDevice(
                new DeviceRef("e2e-" + batch, prefix + kind.name().toLowerCase() + "-" + batch), kind,
                personal ? null : FLAT_UPRN, null, null, "housing-repairs", resident, personal ? "TC-E2E" : null, false,
                Duration.ofMinutes(15))));
    }

    private static <T> T as(Authentication who, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
