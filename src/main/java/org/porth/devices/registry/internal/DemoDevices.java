package org.porth.devices.registry.internal;

import java.time.Duration;
import java.util.List;

import org.porth.casework.GeoPoint;
import org.porth.devices.Device;
import org.porth.devices.DeviceKind;
import org.porth.devices.DeviceRef;
import org.porth.devices.Devices;
import org.porth.devices.NewDevice;
import org.porth.devices.registry.DeviceKinds;
import org.porth.gazetteer.Gazetteer;
import org.porth.identity.SystemTask;
import org.porth.resident.ContactPreferences;
import org.porth.resident.NewResident;
import org.porth.resident.PersonName;
import org.porth.resident.ResidentAddress;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.Language;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's devices and its resident, registered once: a damp sensor in the bedroom of a council flat
 * (Flat 1, 14 Stryd Fawr) and a telecare hub there tied to the flat's tenant, two litter bins on Stryd
 * Fawr and a gully on Church Street. The flat's sensor names its tenant, so that the tenant is told
 * what it notices and sees its case. The tenant has the demo account Sam's email, so Sam's first
 * sign-in links to them (as a caller's record is linked) and he sees the flat's devices and cases.
 */
@Component
@Profile("!prod")
public class DemoDevices {

    static final String FLAT_UPRN = "100100421519";
    static final String DEMO_EMAIL = "sam.taylor@example.com";
    private static final String STRYD_FAWR = "Stryd Fawr";

    private final Devices devices;
    private final ResidentProfiles profiles;
    private final Gazetteer gazetteer;

    DemoDevices(Devices devices, ResidentProfiles profiles, Gazetteer gazetteer) {
        this.devices = devices;
        this.profiles = profiles;
        this.gazetteer = gazetteer;
    }

    /** Registers what is not registered yet; the tenant is the hub's resident when the hub exists. */
    public List<Device> register() {
        return SystemTask.DEVICE_SIGNALS.run(() -> {
            String tenant = devices.find(DemoWeek.HUB).map(Device::residentId).orElseGet(this::recordTenant);
            return List.of(
                    ensure(DemoWeek.DAMP, DeviceKind.DAMP, FLAT_UPRN, null, null, "housing-repairs", tenant, 15),
                    ensure(DemoWeek.FULL_BIN, DeviceKind.BIN_FILL, null, STRYD_FAWR, new GeoPoint(51.600701, -3.895120),
                            "waste", null, 60),
                    ensure(DemoWeek.QUIET_BIN, DeviceKind.BIN_FILL, null, STRYD_FAWR, new GeoPoint(51.600540, -3.894410),
                            "waste", null, 60),
                    ensure(DemoWeek.GULLY, DeviceKind.GULLY, null, "Church Street", new GeoPoint(51.600100, -3.901149),
                            "highways", null, 15),
                    ensure(DemoWeek.HUB, DeviceKind.TELECARE_HUB, FLAT_UPRN, null, null, "adult-social-care", tenant, 15));
        });
    }

    private Device ensure(DeviceRef ref, DeviceKind kind, String uprn, String street, GeoPoint point, String team,
            String resident, int minutes) {
        GeoPoint where = point != null ? point : gazetteer.byUprn(uprn)
                .map(address -> new GeoPoint(address.latitude(), address.longitude())).orElse(null);
        return devices.find(ref).orElseGet(() -> devices.register(new NewDevice(ref, kind, uprn, street, where, team,
                resident, DeviceKinds.personal(kind) ? "DEMO-TELECARE-AGREEMENT" : null, false, Duration.ofMinutes(minutes))));
    }

    private String recordTenant() {
        ResidentAddress flat = ResidentAddress.from(gazetteer.byUprn(FLAT_UPRN).orElseThrow());
        return SystemTask.DEVICE_DEMO.run(() -> profiles.createForCaller(new NewResident(new PersonName("Sam", "Taylor"),
                null, flat, null, DEMO_EMAIL, Language.ENGLISH, ContactPreferences.startingWith(DEMO_EMAIL)))).id().toString();
    }
}
