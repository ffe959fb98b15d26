package org.porth.devices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.devices.AwaabStep;
import org.porth.devices.AwaabStep.Kind;
import org.porth.devices.AwaabSteps;
import org.porth.devices.Device;
import org.porth.devices.Devices;
import org.porth.devices.SignalIngest;
import org.porth.devices.SignalIngest.SensorAlert;
import org.porth.identity.Role;
import org.porth.identity.SystemTask;
import org.porth.shared.BusinessCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A damp case from a sensor runs on Awaab's Law's clock: investigate within 10 working days of the
 * alert (24 hours for an emergency, with making safe); once the officer records the investigation,
 * the written summary (3 working days), safety work (5) and further work (12 weeks) fall due.
 */
@SpringBootTest
class AwaabStepsTest {

    @Autowired
    private Devices devices;
    @Autowired
    private SignalIngest ingest;
    @Autowired
    private AwaabSteps steps;
    @Autowired
    private BusinessCalendar calendar;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theInvestigationIsDueInTenWorkingDaysAndStartsTheStepsAfterIt() {
        Device damp = SignalDevices.damp(devices);
        Instant aware = clock.instant();
        String reference = raise(damp, "humidity-high");
        SecurityContextHolder.getContext().setAuthentication(People.officer(Role.CASEWORKER));
        List<AwaabStep> first = steps.forCase(reference);
        assertThat(first).extracting(AwaabStep::step).containsExactly(Kind.INVESTIGATE);
        assertThat(first.getFirst().dueAt()).isBetween(calendar.addWorkingDays(aware, 10),
                calendar.addWorkingDays(clock.instant(), 10));

        Instant investigated = clock.instant();
        List<AwaabStep> after = steps.record(reference, Kind.INVESTIGATE);
        assertThat(after).extracting(AwaabStep::step).containsExactly(Kind.INVESTIGATE, Kind.WRITTEN_SUMMARY,
                Kind.SAFETY_WORK, Kind.FURTHER_WORK);
        assertThat(after.getFirst().doneAt()).isNotNull();
        assertThat(after.get(1).dueAt()).isBetween(calendar.addWorkingDays(investigated, 3),
                calendar.addWorkingDays(clock.instant(), 3));
        assertThat(after.get(2).dueAt()).isBetween(calendar.addWorkingDays(investigated, 5),
                calendar.addWorkingDays(clock.instant(), 5));
        assertThat(Duration.between(investigated, after.get(3).dueAt())).isBetween(Duration.ofDays(84),
                Duration.ofDays(84).plusMinutes(1));
    }

    @Test
    void anEmergencyIsMadeSafeAndInvestigatedWithin24Hours() {
        Device damp = SignalDevices.damp(devices);
        String reference = raise(damp, "mould-risk");
        SecurityContextHolder.getContext().setAuthentication(People.officer(Role.CASEWORKER));
        assertThat(steps.forCase(reference)).extracting(AwaabStep::step).containsExactly(Kind.MAKE_SAFE, Kind.INVESTIGATE);
        assertThat(steps.forCase(reference)).allSatisfy(step -> assertThat(step.dueAt())
                .isBetween(clock.instant().plus(Duration.ofHours(23)), clock.instant().plus(Duration.ofHours(24))));
    }

    private String raise(Device device, String condition) {
        SystemTask.DEVICE_SIGNALS.run(() -> ingest.alert(new SensorAlert(condition + "-1", device.ref(), condition, true,
                null, clock.instant().minusSeconds(1), 91.0, "%", 90.0, null, null)));
        return jdbc.queryForObject("select case_reference from device_case where device_id = ?", String.class, device.id());
    }
}
