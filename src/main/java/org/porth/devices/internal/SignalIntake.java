package org.porth.devices.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.porth.devices.AlertIntake;
import org.porth.devices.AlertTaken;
import org.porth.devices.Device;
import org.porth.devices.DeviceAlertSummary;
import org.porth.devices.DeviceRef;
import org.porth.devices.DeviceSignals;
import org.porth.devices.Devices;
import org.porth.devices.Reading;
import org.porth.devices.SignalIngest;
import org.porth.devices.SignalRefused;
import org.porth.devices.internal.ConditionWindows.Change;
import org.porth.devices.internal.ConditionWindows.Outcome;
import org.porth.devices.internal.DeviceCases.Signal;
import org.porth.devices.internal.SignalStore.StoredAlert;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every signal, whatever carried it: checked (a known device, a condition or metric its rules know,
 * the rule's unit, a sane time), stored (decision 0040), held against the rules, and turned into
 * one case per device and condition. Each signal is one transaction holding its device's lock. A
 * personal device without the resident's consent or a basis staff recorded keeps its signals, for
 * staff to see on its page, but opens and adds to no case (decision 0051).
 */
@Service
public class SignalIntake implements SignalIngest, DeviceSignals, AlertIntake {

    /** What an alert kept without a case says: no consent and no lawful basis recorded. */
    static final String NO_CONSENT = "no-consent";

    /** How far ahead of our clock a device's time may be (its clock drifts) before it is refused. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Devices devices;
    private final SignalRules rules;
    private final SignalStore store;
    private final ConditionWindows windows;
    private final DeviceCases cases;
    private final Clock clock;

    SignalIntake(Devices devices, SignalRules rules, SignalStore store, ConditionWindows windows, DeviceCases cases,
            Clock clock) {
        this.devices = devices;
        this.rules = rules;
        this.store = store;
        this.windows = windows;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(DeviceTable.INTAKE)
    @Transactional
    public void accept(SensorReading sent) {
        Device device = device(sent.device());
        Reading reading = sent.reading();
        if (reading == null || reading.metric() == null || reading.unit() == null || !Double.isFinite(reading.value())) {
            throw new SignalRefused("bad-value", "A reading needs a metric, a unit and a finite value");
        }
        checkTime(reading.observedAt());
        List<SignalRule> metricRules = rules.forMetric(device.kind(), reading.metric());
        if (metricRules.isEmpty()) {
            throw new SignalRefused("unknown-metric", "No rule reads \"" + reading.metric() + "\" from a "
                    + device.kind() + " device");
        }
        SignalRule first = metricRules.getFirst();
        String unit = first.reading().orElseThrow().unit();
        if (!unit.equals(reading.unit())) {
            throw new SignalRefused("wrong-unit", "\"" + reading.metric() + "\" is read in \"" + unit + "\", not \""
                    + reading.unit() + "\"");
        }
        cases.lock(device);
        Instant now = clock.instant();
        store.addReading(device.id(), reading, now);
        endSilence(device, reading.observedAt(), now);
        for (SignalRule rule : metricRules) {
            Outcome outcome = windows.apply(device.id(), rule, reading);
            if (outcome.change() != Change.NONE) {
                boolean raised = outcome.change() == Change.RAISED;
                String key = "rule:" + device.id() + ":" + rule.condition() + ":" + (raised ? "raised:" + outcome.breachSince()
                        : "cleared:" + reading.observedAt());
                Double threshold = raised ? rule.reading().get().threshold() : rule.reading().get().clearAt();
                take(device, rule, new StoredAlert(device.id(), device.ref().source(), key, rule.condition(),
                        raised ? "RAISED" : "CLEARED", rule.severity(), reading.value(), reading.unit(), threshold,
                        reading.observedAt()), now);
            }
        }
    }

    @Override
    @PreAuthorize(DeviceTable.INTAKE)
    @Transactional
    public boolean alert(SensorAlert alert) {
        return take(alert).first();
    }

    @Override
    @PreAuthorize(DeviceTable.INTAKE)
    @Transactional
    public AlertTaken take(SensorAlert alert) {
        Device device = device(alert.device());
        if (alert.alertId() == null || alert.alertId().isBlank() || alert.kind() == null) {
            throw new SignalRefused("bad-value", "An alert needs an alert id and a kind");
        }
        SignalRule rule = rules.forCondition(device.kind(), alert.kind()).orElseThrow(() -> new SignalRefused(
                "unknown-condition", "A " + device.kind() + " device has no condition \"" + alert.kind() + "\""));
        rule.reading().ifPresent(threshold -> {
            if (alert.unit() != null && !threshold.unit().equals(alert.unit())) {
                throw new SignalRefused("wrong-unit", "\"" + alert.kind() + "\" is measured in \"" + threshold.unit()
                        + "\", not \"" + alert.unit() + "\"");
            }
        });
        checkTime(alert.observedAt());
        cases.lock(device);
        Instant now = clock.instant();
        endSilence(device, alert.observedAt(), now);
        String severity = alert.severity() == null ? rule.severity() : alert.severity();
        return take(device, rule, new StoredAlert(device.id(), device.ref().source(), alert.alertId(), rule.condition(),
                alert.raised() ? "RAISED" : "CLEARED", severity, alert.value(), alert.unit(), alert.threshold(),
                alert.observedAt()), now);
    }

    /** Raises the device's silence (SignalJobs): holds the lock, as every signal does. */
    @PreAuthorize(DeviceTable.INTAKE)
    @Transactional
    public void silent(Device device, Instant lastReported, Instant now) {
        rules.forCondition(device.kind(), SignalRule.SILENT).ifPresent(rule -> {
            cases.lock(device);
            take(device, rule, new StoredAlert(device.id(), device.ref().source(), "silent:" + device.id() + ":" + lastReported,
                    SignalRule.SILENT, "SILENT", rule.severity(), null, null, null, now), now);
        });
    }

    private AlertTaken take(Device device, SignalRule rule, StoredAlert alert, Instant now) {
        Optional<String> stored = store.addAlert(alert, now);
        if (stored.isEmpty()) {
            return new AlertTaken(alert.key(), false, null, "repeated");
        }
        if (!device.mayOpenCases(today(now))) {
            return new AlertTaken(alert.key(), true, null, NO_CONSENT);
        }
        String text = SignalTexts.entry(alert);
        Optional<String> reference = "CLEARED".equals(alert.state()) ? cases.note(device, alert.condition(), text)
                : Optional.of(cases.raise(device, rule, new Signal(alert.condition(), alert.severity(), SignalTexts.reading(alert), text)));
        reference.ifPresent(ref -> store.alertWentTo(stored.get(), ref));
        return new AlertTaken(alert.key(), true, reference.orElse(null),
                reference.isPresent() ? "case-opened-or-updated" : "noted");
    }

    private void endSilence(Device device, Instant observedAt, Instant now) {
        if (store.reported(device.id(), observedAt)) {
            StoredAlert ended = new StoredAlert(device.id(), device.ref().source(), "silent-ended:" + device.id() + ":"
                    + observedAt, SignalRule.SILENT, "CLEARED", "info", null, null, null, observedAt);
            store.addAlert(ended, now).filter(id -> device.mayOpenCases(today(now))).ifPresent(id -> cases.note(device, SignalRule.SILENT, SignalTexts.entry(ended))
                    .ifPresent(reference -> store.alertWentTo(id, reference)));
        }
    }

    /** The council's day, which a lawful basis's review date is counted in. */
    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, clock.getZone());
    }

    private void checkTime(Instant observedAt) {
        if (observedAt == null) {
            throw new SignalRefused("bad-value", "A signal needs the time it was observed");
        }
        if (observedAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw new SignalRefused("bad-value", "Observed at " + observedAt + ", later than now");
        }
    }

    private Device device(DeviceRef ref) {
        if (ref == null || ref.source() == null || ref.deviceId() == null) {
            throw new SignalRefused("unknown-device", "A signal needs its source and device id");
        }
        return devices.find(ref).orElseThrow(() -> new SignalRefused("unknown-device",
                "No device \"" + ref.deviceId() + "\" is registered for source \"" + ref.source() + "\""));
    }

    @Override
    @PreAuthorize(DeviceTable.STAFF)
    @Transactional(readOnly = true)
    public List<Reading> recentReadings(String deviceId, int limit) {
        return store.readings(deviceId, limit);
    }

    @Override
    @PreAuthorize(DeviceTable.STAFF)
    @Transactional(readOnly = true)
    public List<DeviceAlertSummary> alerts(String deviceId, int limit) {
        return store.alerts(deviceId, limit);
    }

    @Override
    @PreAuthorize(DeviceTable.STAFF)
    @Transactional(readOnly = true)
    public Optional<String> openCaseReference(String deviceId) {
        return cases.openCase(deviceId);
    }

    @Override
    @PreAuthorize(DeviceTable.STAFF)
    @Transactional(readOnly = true)
    public Optional<Instant> lastReported(String deviceId) {
        return store.lastReported(deviceId);
    }
}
