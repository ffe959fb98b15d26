package org.porth.devices.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.porth.devices.Device;
import org.porth.devices.RecordedBasis;
import org.porth.devices.RecordedBasis.Basis;
import org.porth.devices.registry.internal.BasisRows;
import org.porth.devices.registry.internal.BasisRows.Action;
import org.porth.devices.registry.internal.BasisRows.Change;
import org.porth.devices.registry.internal.DeviceRows;
import org.porth.identity.CurrentUser;
import org.porth.identity.SignedInUser;
import org.porth.shared.ActionRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lawful basis staff record for a telecare hub or wearable whose wearer has not consented (or
 * withdrew their consent), so that its preventive signals open adult social care review cases again
 * (decision 0051): the basis and the officer's written justification, which supervisors see and check;
 * until its review date, unless withdrawn; signed off by a supervisor other than the one who recorded
 * it (decision 0064). Each recording, sign-off and withdrawal is in the device's audit log.
 */
@Service
public class DeviceBases {

    public static final String BASIS_FIELD = "lawful-basis";
    public static final String JUSTIFICATION_FIELD = "basis-justification";
    public static final String REVIEW_FIELD = "basis-review";
    public static final String SIGN_OFF_FIELD = "basis-sign-off";
    public static final int LONGEST_JUSTIFICATION = 2000;
    private static final Logger log = LoggerFactory.getLogger(DeviceBases.class);

    /** How long a basis stands before it must be looked at again; a year at most. */
    public enum ReviewIn {
        ONE_MONTH(1), THREE_MONTHS(3), SIX_MONTHS(6), TWELVE_MONTHS(12);

        private final int months;

        ReviewIn(int months) {
            this.months = months;
        }

        /** The last day a basis recorded on {@code today} opens cases. */
        public LocalDate from(LocalDate today) {
            return today.plusMonths(months);
        }
    }

    /** One change to a device's basis: when, by whom, what, and the basis it concerned. */
    public record BasisChange(Instant at, String by, String action, String detail) {
    }

    private final DeviceRows devices;
    private final BasisRows rows;
    private final CurrentUser currentUser;
    private final Clock clock;

    DeviceBases(DeviceRows devices, BasisRows rows, CurrentUser currentUser, Clock clock) {
        this.devices = devices;
        this.rows = rows;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records the basis the officer relies on for the personal device's cases, from now until the review date.
     *
     * @throws ActionRefused when the basis, its justification or its review is missing, or the justification too long
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public Device record(String deviceId, Basis basis, String justification, ReviewIn review) {
        String written = justification == null ? "" : justification.strip();
        if (basis == null) {
            throw new ActionRefused(BASIS_FIELD, "registry.basis.problem.basis");
        }
        if (written.isEmpty()) {
            throw new ActionRefused(JUSTIFICATION_FIELD, "registry.basis.problem.justification");
        }
        if (written.length() > LONGEST_JUSTIFICATION) {
            throw new ActionRefused(JUSTIFICATION_FIELD, "registry.basis.problem.too-long");
        }
        if (review == null) {
            throw new ActionRefused(REVIEW_FIELD, "basis.problem.review");
        }
        Device device = personal(deviceId);
        String officer = officer();
        Instant now = clock.instant();
        LocalDate reviewBy = review.from(today());
        rows.record(device.id(), new RecordedBasis(basis, written, officer, now, reviewBy, null, null, null, null));
        rows.audit(device.id(), new Change(now, officer, Action.RECORDED, basis + " until " + reviewBy + ": " + written));
        log.info("Lawful basis {} recorded for device {} by {} until {}", basis, device.id(), officer, reviewBy);
        return devices.byId(device.id()).orElseThrow();
    }

    /**
     * A supervisor's check of a basis in force: who and when, on the device and in its audit log.
     *
     * @throws ActionRefused when the supervisor recorded it themselves, or it is no longer in force or signed off
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public Device signOff(String deviceId) {
        Device device = personal(deviceId);
        String supervisor = officer();
        if (device.lawfulBasis() != null && supervisor.equals(device.lawfulBasis().recordedBy())) {
            throw new ActionRefused(SIGN_OFF_FIELD, "basis.problem.own");
        }
        Instant now = clock.instant();
        if (!rows.signOff(device.id(), supervisor, now, today())) {
            throw new ActionRefused(SIGN_OFF_FIELD, "basis.problem.not-in-force");
        }
        return audited(device, supervisor, now, Action.SIGNED_OFF);
    }

    /** Withdraws the device's basis: from now its signals are kept but open no case, as without one. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public Device withdraw(String deviceId) {
        Device device = personal(deviceId);
        String officer = officer();
        Instant now = clock.instant();
        return rows.withdraw(device.id(), officer, now) ? audited(device, officer, now, Action.WITHDRAWN)
                : devices.byId(device.id()).orElseThrow();
    }

    /** Puts what was done to the device's basis in its audit log and the log; the device as it is now. */
    private Device audited(Device device, String by, Instant now, Action action) {
        rows.audit(device.id(), new Change(now, by, action, device.lawfulBasis().basis().name()));
        log.info("Lawful basis for device {}: {} by {}", device.id(), action, by);
        return devices.byId(device.id()).orElseThrow();
    }

    /** Every recording, sign-off and withdrawal of the device's basis, newest first. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<BasisChange> auditLog(String deviceId) {
        return rows.auditLog(deviceId).stream()
                .map(change -> new BasisChange(change.at(), change.by(), change.action().name(), change.detail())).toList();
    }

    /** The devices whose cases rest on a basis staff recorded instead of consent, in force today, for supervisors to check. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<Device> onRecordedBasis() {
        return rows.inForce(today());
    }

    /** The council's day, which a basis's review date is counted in. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    private Device personal(String deviceId) {
        return devices.byId(deviceId).filter(found -> found.kind().personal())
                .orElseThrow(() -> new IllegalArgumentException("No personal device " + deviceId));
    }

    private String officer() {
        return currentUser.get().map(SignedInUser::id).orElseThrow();
    }
}
