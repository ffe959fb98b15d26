package org.porth.devices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.casework.CaseLocations;
import org.porth.casework.CasePlace;
import org.porth.casework.GeoPoint;
import org.porth.casework.PossibleDuplicate;
import org.porth.casework.internal.CaseOpening;
import org.porth.casework.internal.Teams;
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
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.identity.SystemTask;
import org.porth.tracking.SentRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A blocked gully's highways case and a resident's report of the same place find each other through
 * casework's duplicate detection (open cases within 50 m in the officer's queues), whichever came first.
 */
@SpringBootTest
class GullyDuplicatesTest {

    /** Stryd Fawr's point in the demo gazetteer; each test's place is a few hundred metres from it. */
    private static final GeoPoint STRYD_FAWR = new GeoPoint(51.600689, -3.895022);

    @Autowired
    private Devices devices;
    @Autowired
    private SignalIngest ingest;
    @Autowired
    private CaseLocations locations;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CaseOpening opening;
    @Autowired
    private Catalogue catalogue;
    @Autowired
    private Teams teams;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theGullysCaseAndTheResidentsReportOfTheSamePlaceAreEachOthersPossibleDuplicates() {
        GeoPoint gully = STRYD_FAWR.moved(ThreadLocalRandom.current().nextInt(200, 900), ThreadLocalRandom.current().nextInt(200, 900));
        String before = residentReport(gully.moved(12, 0));
        String gullyCase = blockedGully(gully);
        String after = residentReport(gully.moved(0, -20));

        SecurityContextHolder.getContext().setAuthentication(People.signedIn("Highways Officer " + gullyCase, null,
                Role.CASEWORKER));
        teams.join("highways", currentUser.get().orElseThrow().id(), false);

        assertThat(duplicatesOf(gullyCase)).contains(before, after);
        assertThat(duplicatesOf(before)).contains(gullyCase);
        assertThat(duplicatesOf(after)).contains(gullyCase);
    }

    private List<String> duplicatesOf(String reference) {
        return locations.of(reference).map(CasePlace::duplicates).orElseThrow().stream()
                .map(PossibleDuplicate::reference).toList();
    }

    private String blockedGully(GeoPoint at) {
        Device device = SystemTask.DEVICE_SIGNALS.run(() -> devices.register(new NewDevice(
                new DeviceRef("test-" + UUID.randomUUID().toString().substring(0, 8), "gully-1"), DeviceKind.GULLY, null,
                "Stryd Fawr", at, "highways", null, null, false, Duration.ofMinutes(15))));
        SystemTask.DEVICE_SIGNALS.run(() -> ingest.alert(new SensorAlert("blocked-1", device.ref(), "gully-blocked", true,
                null, clock.instant().minusSeconds(1), 24.0, "cm", 15.0, null, at)));
        return jdbc.queryForObject("select case_reference from device_case where device_id = ?", String.class, device.id());
    }

    /** A resident's report of a problem in the road at the point (a pothole: the form residents have for the road). */
    private String residentReport(GeoPoint at) {
        Answers answers = Answers.NONE.with("location", new Answer(Map.of("usrn", List.of("32710042"),
                        "latitude", List.of(Double.toString(at.latitude())), "longitude", List.of(Double.toString(at.longitude())),
                        "description", List.of("water over the road by the drain"))))
                .with("surface", Answer.of("road")).with("danger", Answer.of("no"));
        return new SentRequests(jdbc, opening, catalogue).send("pothole", answers, UUID.randomUUID().toString(), Channel.WEB,
                clock.instant());
    }
}
