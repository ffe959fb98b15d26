package org.porth.devices.registry;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.porth.casework.CaseQueues;
import org.porth.casework.QueueCount;
import org.porth.casework.TeamAdministration;
import org.porth.casework.TeamMembers;
import org.porth.catalogue.Text;
import org.porth.devices.Device;
import org.porth.devices.DeviceRef;
import org.porth.devices.Devices;
import org.porth.devices.NewDevice;
import org.porth.devices.internal.DeviceTable;
import org.porth.devices.registry.internal.DeviceRows;
import org.porth.devices.registry.internal.DraftRules;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.identity.SystemTask;
import org.porth.resident.Profile;
import org.porth.resident.ResidentAddress;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.ActionRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The device registry: staff list, check and register devices; signal intake finds them; residents
 * see the devices in their home or on them and withdraw their consent for personal ones.
 */
@Service
public class DeviceRegistry implements Devices {

    static final String STAFF = DeviceTable.STAFF;
    /** Who registers devices, by hand or from a vendor's file. */
    static final String REGISTRARS = "hasAnyRole('SUPERVISOR', 'ADMIN')";
    static final String INTAKE = DeviceTable.INTAKE;
    private static final String SELF = "hasRole('RESIDENT') and @residentAccess.isSelf(T(org.porth.resident.ResidentId).of(#residentId))";
    private static final String TAKEN = "registry.problem.device-id.taken";
    private static final Logger log = LoggerFactory.getLogger(DeviceRegistry.class);

    private final DeviceRows rows;
    private final DraftRules rules;
    private final ResidentProfiles profiles;
    private final CaseQueues queues;
    private final TeamAdministration teams;
    private final CurrentUser currentUser;
    private final Clock clock;

    DeviceRegistry(DeviceRows rows, DraftRules rules, ResidentProfiles profiles, CaseQueues queues,
            TeamAdministration teams, CurrentUser currentUser, Clock clock) {
        this.rows = rows;
        this.rules = rules;
        this.profiles = profiles;
        this.queues = queues;
        this.teams = teams;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF + " or " + INTAKE)
    public Optional<Device> find(DeviceRef ref) {
        return rows.find(ref);
    }

    /** @throws ActionRefused when the source already has a device with that id, or a personal device lacks its consent */
    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN') or hasAuthority('" + SystemTask.DEVICE_SIGNALS_AUTHORITY + "')")
    public Device register(NewDevice device) {
        if (DeviceKinds.personal(device.kind()) && (device.residentId() == null || device.consentId() == null)) {
            throw new ActionRefused(DeviceDraft.CONSENT, "registry.problem.consent-id.missing");
        }
        if (rows.exists(device.ref())) {
            throw taken();
        }
        try {
            Device made = rows.insert(device, clock.instant());
            log.info("Device {} registered: {} {} of {}", made.id(), made.kind(), made.ref(), made.caretakerTeamId());
            return made;
        } catch (DuplicateKeyException registeredMeanwhile) {
            throw taken();
        }
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF + " or (" + SELF + ")")
    public List<Device> onResident(String residentId) {
        String uprn = profiles.profile(ResidentId.of(residentId)).map(Profile::address).map(ResidentAddress::uprn)
                .orElse(null);
        return rows.onResident(residentId, uprn);
    }

    @Override
    @Transactional
    @PreAuthorize(STAFF + " or (" + SELF + ")")
    public void withdrawConsent(String residentId, String deviceId) {
        if (rows.withdrawConsent(residentId, deviceId)) {
            log.info("Consent withdrawn for device {} by or for resident {}", deviceId, residentId);
        }
    }

    /** Every problem with the draft, or the device it describes; nothing is registered. */
    @Transactional(readOnly = true)
    @PreAuthorize(REGISTRARS)
    public CheckedDraft check(DeviceDraft draft) {
        return checkAll(List.of(draft)).getFirst();
    }

    /** {@link #check} for each draft, in order, against the teams as they are now. */
    @Transactional(readOnly = true)
    @PreAuthorize(REGISTRARS)
    public List<CheckedDraft> checkAll(List<DeviceDraft> drafts) {
        Set<String> teamIds = teams().keySet();
        return drafts.stream().map(draft -> {
            CheckedDraft checked = rules.check(draft, teamIds, this::isResident);
            return checked.fine() && rows.exists(checked.device().ref())
                    ? new CheckedDraft(null, List.of(new DraftProblem(DeviceDraft.DEVICE_ID, TAKEN))) : checked;
        }).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public Optional<Device> byId(String id) {
        return rows.byId(id);
    }

    /** One page of the devices the filter matches, newest first, as a lazy grid asks. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<Device> list(DeviceFilter filter, int offset, int limit) {
        return rows.page(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public long count(DeviceFilter filter) {
        return rows.count(filter);
    }

    /** The teams that may look after devices, by id, with their names (an administrator's from team administration). */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public Map<String, Text> teams() {
        Map<String, Text> names = new LinkedHashMap<>();
        boolean officer = currentUser.get().map(user -> user.has(Role.CASEWORKER) || user.has(Role.SUPERVISOR))
                .orElse(false);
        if (officer) {
            for (QueueCount queue : queues.counts()) {
                names.putIfAbsent(queue.teamId(), new Text(queue.teamNameEn(), queue.teamNameCy()));
            }
        } else {
            teams.teams().forEach((TeamMembers team) -> names.put(team.id(), team.name()));
        }
        return names;
    }

    /** The resident's name, for staff. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public Optional<String> residentName(String residentId) {
        return profileOf(residentId).map(profile -> profile.name().full());
    }

    private boolean isResident(String residentId) {
        return profileOf(residentId).isPresent();
    }

    private Optional<Profile> profileOf(String residentId) {
        try {
            return profiles.profile(ResidentId.of(residentId));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static ActionRefused taken() {
        return new ActionRefused(DeviceDraft.DEVICE_ID, TAKEN);
    }
}
