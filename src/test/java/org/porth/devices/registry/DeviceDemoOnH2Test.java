package org.porth.devices.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.devices.Device;
import org.porth.devices.DeviceRef;
import org.porth.devices.DeviceSignals;
import org.porth.devices.Devices;
import org.porth.devices.registry.internal.DemoReplay;
import org.porth.devices.registry.internal.DemoWeek;
import org.porth.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The device demo on H2: it registers the demo devices and replays their week through signal intake,
 * and cases open for the damp flat, the full bin, the gully in the storm and the hub's low battery,
 * while the bin that never fills opens none; the hub that went silent has its silence case as the
 * replay ends. The week is replayed in seconds here, not a minute.
 */
class DeviceDemoOnH2Test extends PortalViewTest {

    @Autowired
    private DemoReplay replay;
    @Autowired
    private DeviceSignals signals;
    @Autowired
    private Devices devices;
    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void casesOpenForTheDampFlatTheFullBinTheFloodedGullyAndTheFadingHub() {
        assertThat(replay.start(Duration.ofSeconds(5))).isTrue();
        assertThat(replay.start(Duration.ofSeconds(5))).as("one replay at a time").isFalse();
        SecurityContextHolder.getContext().setAuthentication(People.officer(Role.CASEWORKER));

        await().atMost(Duration.ofMinutes(1)).until(() -> !replay.running());
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                List.of(DemoWeek.DAMP, DemoWeek.FULL_BIN, DemoWeek.GULLY, DemoWeek.HUB))
                .allSatisfy(ref -> assertThat(caseOf(ref)).as("the case of " + ref.deviceId()).isPresent()));

        assertThat(caseOf(DemoWeek.QUIET_BIN)).isEmpty();
        assertThat(silentCases()).as("the hub went silent on day two: its case opens as the replay ends, without"
                + " waiting for the scheduled check; the devices that kept reporting are not silent")
                .containsExactly(devices.find(DemoWeek.HUB).orElseThrow().id());
        assertThat(replay.refused()).as("every reading is one the rules read").isZero();
        assertThat(replay.sent()).isGreaterThan(DemoWeek.STEPS * 2);
        Device damp = devices.find(DemoWeek.DAMP).orElseThrow();
        assertThat(devices.onResident(damp.residentId())).extracting(Device::ref)
                .as("the tenant's home has the damp sensor and their hub")
                .contains(DemoWeek.DAMP, DemoWeek.HUB);
        assertThat(signals.recentReadings(damp.id(), 4)).allSatisfy(reading ->
                assertThat(reading.metric()).isEqualTo("relative-humidity"));
    }

    private List<String> silentCases() {
        List<String> demo = List.of(DemoWeek.DAMP, DemoWeek.FULL_BIN, DemoWeek.QUIET_BIN, DemoWeek.GULLY, DemoWeek.HUB)
                .stream().map(ref -> devices.find(ref).orElseThrow().id()).toList();
        return jdbc.queryForList("select device_id from device_case where condition_name = 'silent'", String.class)
                .stream().filter(demo::contains).toList();
    }

    private Optional<String> caseOf(DeviceRef ref) {
        return devices.find(ref).flatMap(device -> signals.openCaseReference(device.id()));
    }
}
