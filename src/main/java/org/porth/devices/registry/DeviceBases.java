package org.porth.devices.registry;

import java.time.Clock;
import java.util.List;

import org.porth.devices.Device;
import org.porth.devices.RecordedBasis;
import org.porth.devices.RecordedBasis.Basis;
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
 * (decision 0051): the basis and the officer's written justification, which supervisors see and check.
 */
@Service
public class DeviceBases {

    public static final String BASIS_FIELD = "lawful-basis";
    public static final String JUSTIFICATION_FIELD = "basis-justification";
    public static final int LONGEST_JUSTIFICATION = 2000;
    private static final Logger log = LoggerFactory.getLogger(DeviceBases.class);

    private final DeviceRows rows;
    private final CurrentUser currentUser;
    private final Clock clock;

    DeviceBases(DeviceRows rows, CurrentUser currentUser, Clock clock) {
        this.rows = rows;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records the basis the officer relies on for the personal device's cases, from now on.
     *
     * @throws ActionRefused when the basis or its justification is missing, or the justification too long
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public Device record(String deviceId, Basis basis, String justification) {
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
        Device device = rows.byId(deviceId).filter(found -> found.kind().personal())
                .orElseThrow(() -> new IllegalArgumentException("No personal device " + deviceId));
        String officer = currentUser.get().map(SignedInUser::id).orElseThrow();
        rows.recordBasis(device.id(), new RecordedBasis(basis, written, officer, clock.instant()));
        log.info("Lawful basis {} recorded for device {} by {}", basis, device.id(), officer);
        return rows.byId(device.id()).orElseThrow();
    }

    /** The devices whose cases rest on a basis staff recorded instead of consent, for supervisors to check. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<Device> onRecordedBasis() {
        return rows.onRecordedBasis();
    }
}
