package org.porth.devices.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.porth.casework.GeoPoint;
import org.porth.casework.internal.CaseOpening;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.devices.Device;
import org.porth.devices.DeviceKind;
import org.porth.devices.DeviceRef;
import org.porth.devices.Devices;
import org.porth.devices.NewDevice;
import org.porth.devices.SignalIngest;
import org.porth.devices.SignalIngest.SensorAlert;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.identity.SystemTask;
import org.porth.tracking.SentRequests;
import org.springframework.jdbc.core.JdbcTemplate;

/** A blocked gully's highways case and residents' reports of water in the road, at points a test picks. */
public record GullyReports(Devices devices, SignalIngest ingest, JdbcTemplate jdbc, CaseOpening opening, Catalogue catalogue,
        Clock clock) {

    /** Stryd Fawr's point in the demo gazetteer; a test's place is a few hundred metres from it. */
    public static final GeoPoint STRYD_FAWR = new GeoPoint(51.600689, -3.895022);

    /** The case a gully sensor at the point opens when it reports itself blocked; its reference. */
    public String blockedGully(GeoPoint at) {
        Device device = SystemTask.DEVICE_SIGNALS.run(() -> devices.register(new NewDevice(
                new DeviceRef("test-" + UUID.randomUUID().toString().substring(0, 8), "gully-1"), DeviceKind.GULLY, null,
                "Stryd Fawr", at, "highways", null, null, false, Duration.ofMinutes(15))));
        SystemTask.DEVICE_SIGNALS.run(() -> ingest.alert(new SensorAlert("blocked-1", device.ref(), "gully-blocked", true,
                null, clock.instant().minusSeconds(1), 24.0, "cm", 15.0, null, at)));
        return jdbc.queryForObject("select case_reference from device_case where device_id = ?", String.class, device.id());
    }

    /** A resident's report of a problem in the road at the point (a pothole: the form residents have for the road). */
    public String residentReport(String residentId, GeoPoint at) {
        Answers answers = Answers.NONE.with("location", new Answer(Map.of("usrn", List.of("32710042"),
                        "latitude", List.of(Double.toString(at.latitude())), "longitude", List.of(Double.toString(at.longitude())),
                        "description", List.of("water over the road by the drain"))))
                .with("surface", Answer.of("road")).with("danger", Answer.of("no"));
        return new SentRequests(jdbc, opening, catalogue).send("pothole", answers, residentId, Channel.WEB, clock.instant());
    }
}
