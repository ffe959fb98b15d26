package org.porth.devices.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.devices.AlertIntake;
import org.porth.devices.Device;
import org.porth.devices.DeviceKind;
import org.porth.devices.DeviceRef;
import org.porth.devices.Devices;
import org.porth.devices.Reading;
import org.porth.devices.RecordedBasis;
import org.porth.devices.SignalIngest.SensorAlert;
import org.porth.devices.SignalIngest.SensorReading;
import org.porth.devices.SignalIngest;
import org.porth.devices.SignalRefused;
import org.porth.devices.registry.DeviceBases;
import org.porth.devices.registry.DeviceBases.ReviewIn;
import org.porth.identity.Role;
import org.porth.identity.SystemTask;
import org.porth.shared.ActionRefused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signals become one case per device and condition, whatever arrives twice, out of order, flapping
 * or all at once; personal devices without consent or a recorded basis, unknown devices and wrong
 * units open nothing.
 * On H2 and on PostgreSQL.
 */
@SpringBootTest
abstract class SignalCasesContract {

    @Autowired
    private Devices devices;
    @Autowired
    private SignalIngest ingest;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;
    @Autowired
    private SignalJobs jobs;
    @Autowired
    private DeviceBases bases;
    @Autowired
    private AlertIntake intake;

    @Test
    void theSameAlertIdTwiceIsOneAlertOnOneCase() {
        Device device = SignalDevices.damp(devices);
        SensorAlert alert = alert(device, "a-1", "humidity-high", true);
        assertThat(as(() -> ingest.alert(alert))).isTrue();
        assertThat(as(() -> ingest.alert(alert))).isFalse();
        assertThat(count("select count(*) from device_alert where device_id = ?", device.id())).isEqualTo(1);
        assertThat(cases(device)).isEqualTo(1);
    }

    @Test
    void laterAlertsAndClearingAddToTheOpenCaseAndNeverCloseIt() {
        Device device = SignalDevices.damp(devices);
        as(() -> ingest.alert(alert(device, "b-1", "humidity-high", true)));
        as(() -> ingest.alert(alert(device, "b-2", "humidity-high", false)));
        as(() -> ingest.alert(alert(device, "b-3", "humidity-high", true)));
        assertThat(cases(device)).isEqualTo(1);
        String reference = jdbc.queryForObject("select case_reference from device_case where device_id = ?", String.class,
                device.id());
        assertThat(jdbc.queryForObject("select status from service_case where reference = ?", String.class, reference))
                .isNotEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select channel from service_case where reference = ?", String.class, reference))
                .as("opened through the device channel, which no API or Open311 client has").isEqualTo("DEVICE");
        assertThat(count("""
                select count(*) from case_timeline t join service_case c on c.id = t.case_id
                where c.reference = ? and t.kind = 'NOTE' and t.actor = 'device' and t.detail like 'humidity-high%'""", reference))
                .isEqualTo(2);
        assertThat(count("""
                select count(*) from awaab_step where case_reference = ? and step = 'INVESTIGATE'""", reference)).isEqualTo(1);
    }

    @Test
    void readingsRaiseOnlyAfterHoldingAndClearOnlyPastTheHysteresis() {
        Instant start = clock.instant().minus(Duration.ofDays(5));
        Device flapping = SignalDevices.damp(devices);
        // 12 hours apart: above 70 and back, for 3.5 days: never 3 days past the threshold
        readings(flapping, start, 75, 69, 75, 69, 75, 69, 75, 69);
        assertThat(cases(flapping)).isZero();

        Device damp = SignalDevices.damp(devices);
        // past 70 for 3 days at the 7th reading; 68, 72 and 66 are not back to 65: one raise, one clear
        readings(damp, start, 75, 76, 77, 78, 79, 80, 81, 68, 72, 66, 64);
        assertThat(states(damp)).containsExactly("RAISED", "CLEARED");
        assertThat(cases(damp)).isEqualTo(1);
    }

    private void readings(Device device, Instant start, double... humidity) {
        for (int i = 0; i < humidity.length; i++) {
            reading(device, start.plus(Duration.ofHours(12L * i)), "relative-humidity", humidity[i], "%");
        }
    }

    @Test
    void readingsOutOfOrderAreKeptButMoveNothing() {
        Device device = SignalDevices.register(devices, DeviceKind.BIN_FILL, null, null);
        Instant now = clock.instant();
        reading(device, now.minusSeconds(60), "fill-level", 50, "%");
        reading(device, now.minusSeconds(600), "fill-level", 95, "%");
        assertThat(count("select count(*) from device_reading where device_id = ?", device.id())).isEqualTo(2);
        assertThat(cases(device)).isZero();
        reading(device, now.minusSeconds(30), "fill-level", 95, "%");
        assertThat(cases(device)).isEqualTo(1);
    }

    @Test
    void personalDevicesWithoutConsentOrBasisOpenNothingButTheirSignalsAreKeptForStaff() {
        Device withdrawn = SignalDevices.register(devices, DeviceKind.WEARABLE, java.util.UUID.randomUUID().toString(),
                "consent-1");
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("officer", null,
                "ROLE_SUPERVISOR"));
        try {
            devices.withdrawConsent(withdrawn.residentId(), withdrawn.id());
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(as(() -> intake.take(alert(withdrawn, "c-1", "falls-repeated", true))).outcome()).isEqualTo("no-consent");
        reading(withdrawn, clock.instant().minusSeconds(5), "battery", 5, "%");
        assertThat(jdbc.queryForList("select condition_name from device_alert where device_id = ? and case_reference is null",
                String.class, withdrawn.id())).as("the alert and the low battery the reading raised, kept on no case")
                .containsExactlyInAnyOrder("falls-repeated", "low-battery");
        assertThat(count("select count(*) from device_reading where device_id = ?", withdrawn.id())).isEqualTo(1);
        assertThat(cases(withdrawn)).isZero();

        Device consented = SignalDevices.register(devices, DeviceKind.WEARABLE, java.util.UUID.randomUUID().toString(),
                "consent-2");
        as(() -> ingest.alert(alert(consented, "c-2", "falls-repeated", true)));
        assertThat(cases(consented)).isEqualTo(1);
    }

    @Test
    void aLawfulBasisStaffRecordedOpensTheReviewCaseWithoutConsent() {
        Device withdrawn = withoutConsent();
        as(People.officer(Role.CASEWORKER), () -> {
            assertThatThrownBy(() -> bases.record(withdrawn.id(), RecordedBasis.Basis.VITAL_INTERESTS, " ", ReviewIn.ONE_MONTH))
                    .isInstanceOf(ActionRefused.class).hasMessageContaining("registry.basis.problem.justification");
            assertThatThrownBy(() -> bases.record(withdrawn.id(), RecordedBasis.Basis.VITAL_INTERESTS, "Falls", null))
                    .isInstanceOf(ActionRefused.class).hasMessageContaining("basis.problem.review");
            return bases.record(withdrawn.id(), RecordedBasis.Basis.VITAL_INTERESTS, "Three falls this week; lacks capacity to decide",
                    ReviewIn.THREE_MONTHS);
        });
        assertThat(as(() -> intake.take(alert(withdrawn, "b-1", "falls-repeated", true))).caseReference()).isNotNull();
        assertThat(cases(withdrawn)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select review_by from device_basis where for_device = ?", java.sql.Date.class,
                withdrawn.id()).toLocalDate()).isEqualTo(today().plusMonths(3));
    }

    @Test
    void afterItsReviewDateABasisOpensNothingAndSupervisorsNoLongerSeeItButTheSignalsAreKept() {
        Device hub = withBasis();
        jdbc.update("update device_basis set review_by = ? where for_device = ?", java.sql.Date.valueOf(today()), hub.id());
        assertThat(as(() -> intake.take(alert(hub, "r-1", "falls-repeated", true))).caseReference())
                .as("the review date is the last day in force").isNotNull();
        assertThat(onBasis()).contains(hub.id());

        jdbc.update("update device_basis set review_by = ? where for_device = ?", java.sql.Date.valueOf(today().minusDays(1)),
                hub.id());
        assertThat(as(() -> intake.take(alert(hub, "r-2", "no-activity", true))).outcome()).isEqualTo("no-consent");
        assertThat(onBasis()).doesNotContain(hub.id());
        assertThat(jdbc.queryForList("select condition_name from device_alert where device_id = ? and case_reference is null",
                String.class, hub.id())).as("kept for staff, on no case").containsExactly("no-activity");
        assertThatThrownBy(() -> as(People.signedIn("Second Supervisor", null, Role.SUPERVISOR), () -> bases.signOff(hub.id())))
                .isInstanceOf(ActionRefused.class).hasMessageContaining("basis.problem.not-in-force");
    }

    @Test
    void anotherSupervisorSignsOffABasisAndItsWithdrawalStopsTheCasesEachInTheAuditLog() {
        Device hub = withBasis();
        assertThatThrownBy(() -> as(People.officer(Role.SUPERVISOR), () -> bases.signOff(hub.id())))
                .as("the officer who recorded it").isInstanceOf(ActionRefused.class).hasMessageContaining("basis.problem.own");
        Device signed = as(People.signedIn("Second Supervisor", null, Role.SUPERVISOR), () -> bases.signOff(hub.id()));
        assertThat(signed.lawfulBasis().signedOffBy()).isNotNull().isNotEqualTo(signed.lawfulBasis().recordedBy());
        assertThat(signed.lawfulBasis().signedOffAt()).isNotNull();

        Device ended = as(People.officer(Role.CASEWORKER), () -> bases.withdraw(hub.id()));
        assertThat(ended.lawfulBasis().withdrawnAt()).isNotNull();
        assertThat(ended.mayOpenCases(today())).isFalse();
        assertThat(as(() -> intake.take(alert(hub, "w-1", "falls-repeated", true))).outcome()).isEqualTo("no-consent");
        assertThat(cases(hub)).isZero();
        assertThat(count("select count(*) from device_alert where device_id = ?", hub.id())).as("kept").isEqualTo(1);
        assertThat(onBasis()).doesNotContain(hub.id());
        assertThat(as(People.officer(Role.CASEWORKER), () -> bases.auditLog(hub.id())))
                .extracting(DeviceBases.BasisChange::action).containsExactly("WITHDRAWN", "SIGNED_OFF", "RECORDED");
    }

    private Device withoutConsent() {
        Device hub = SignalDevices.register(devices, DeviceKind.TELECARE_HUB, java.util.UUID.randomUUID().toString(), "consent-3");
        as(People.officer(Role.CASEWORKER), () -> {
            devices.withdrawConsent(hub.residentId(), hub.id());
            return null;
        });
        return hub;
    }

    private Device withBasis() {
        Device hub = withoutConsent();
        return as(People.officer(Role.CASEWORKER), () -> bases.record(hub.id(), RecordedBasis.Basis.SAFEGUARDING,
                "Neighbours report she has not been seen for days", ReviewIn.ONE_MONTH));
    }

    private List<String> onBasis() {
        return as(People.signedIn("Second Supervisor", null, Role.SUPERVISOR), () -> bases.onRecordedBasis()).stream()
                .map(Device::id).toList();
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    private static <T> T as(org.springframework.security.core.Authentication who, java.util.function.Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(who);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void unknownDevicesConditionsAndWrongUnitsAreRefusedWithNothingStored() {
        Device device = SignalDevices.damp(devices);
        SensorAlert unknownDevice = new SensorAlert("d-1", new DeviceRef("nobody", "nothing"), "humidity-high", true,
                "significant", clock.instant(), 80.0, "%", 70.0, null, null);
        assertThatThrownBy(() -> as(() -> ingest.alert(unknownDevice))).isInstanceOf(SignalRefused.class)
                .hasMessageContaining("No device \"nothing\"");
        assertThatThrownBy(() -> as(() -> ingest.alert(alert(device, "d-2", "bin-fire", true))))
                .isInstanceOf(SignalRefused.class).extracting(e -> ((SignalRefused) e).code()).isEqualTo("unknown-condition");
        assertThatThrownBy(() -> reading(device, clock.instant(), "relative-humidity", 0.8, "ratio"))
                .isInstanceOf(SignalRefused.class).extracting(e -> ((SignalRefused) e).code()).isEqualTo("wrong-unit");
        assertThatThrownBy(() -> reading(device, clock.instant(), "relative-humidity", Double.NaN, "%"))
                .isInstanceOf(SignalRefused.class).extracting(e -> ((SignalRefused) e).code()).isEqualTo("bad-value");
        assertThat(count("select count(*) from device_alert where device_id = ?", device.id())).isZero();
        assertThat(count("select count(*) from device_reading where device_id = ?", device.id())).isZero();
    }

    @Test
    void aSilentDeviceIsAnAlertOfItsOwnOnce() {
        Device device = SignalDevices.register(devices, DeviceKind.GULLY, null, null);
        reading(device, clock.instant().minus(Duration.ofHours(2)), "water-level", 3, "cm");
        jobs.checkSilence();
        jobs.checkSilence();
        assertThat(states(device)).containsExactly("SILENT");
        assertThat(cases(device)).isEqualTo(1);
        reading(device, clock.instant(), "water-level", 3, "cm");
        assertThat(states(device)).containsExactly("SILENT", "CLEARED");
    }

    @Test
    void aBurstOfTenThousandAlertsForOneDeviceOpensOneCase() throws Exception {
        Device device = SignalDevices.register(devices, DeviceKind.BIN_FILL, null, null);
        AtomicInteger taken = new AtomicInteger();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<?>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                SensorAlert alert = alert(device, "burst-" + (i % 9_000), "bin-full", true);
                sent.add(threads.submit(() -> {
                    if (as(() -> ingest.alert(alert))) {
                        taken.incrementAndGet();
                    }
                }));
            }
            for (Future<?> one : sent) {
                one.get();
            }
        }
        assertThat(taken).hasValue(9_000);
        assertThat(cases(device)).isEqualTo(1);
        assertThat(count("select count(distinct case_reference) from device_alert where device_id = ?", device.id()))
                .isEqualTo(1);
    }

    private SensorAlert alert(Device device, String id, String condition, boolean raised) {
        return new SensorAlert(id, device.ref(), condition, raised, "significant", clock.instant().minusSeconds(1), 80.0,
                null, 70.0, device.uprn(), device.point());
    }

    private void reading(Device device, Instant at, String metric, double value, String unit) {
        as(() -> {
            ingest.accept(new SensorReading(device.ref(), new Reading(at, metric, value, unit)));
            return null;
        });
    }

    private int cases(Device device) {
        return count("select count(*) from service_case where api_client_name = ?",
                device.ref().source() + " " + device.ref().deviceId());
    }

    private List<String> states(Device device) {
        return jdbc.queryForList("select state from device_alert where device_id = ? order by observed_at, received_at",
                String.class, device.id());
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static <T> T as(java.util.function.Supplier<T> work) {
        return SystemTask.DEVICE_SIGNALS.run(work);
    }
}
