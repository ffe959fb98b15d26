package org.porth.devices.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.internal.CaseOpening;
import org.porth.casework.internal.Teams;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.devices.Device;
import org.porth.devices.DeviceKind;
import org.porth.devices.DeviceRef;
import org.porth.devices.Devices;
import org.porth.devices.NewDevice;
import org.porth.devices.SignalIngest.SensorAlert;
import org.porth.devices.SignalIngest;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.identity.SystemTask;
import org.porth.resident.Somebody;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.tracking.SentRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A damp sensor's case in a flat where the tenant reported damp and mould three times before: the
 * officer sees those three reports on the case page, newest first, with their service, status and
 * date; not the report of another address, nor the pothole at this one that only highways may open.
 */
class EarlierCasesAtAddressViewTest extends PortalViewTest {

    /** A flat no other test sends requests about, so the list is this test's alone. */
    private static final String FLAT = "100100416493";

    @Autowired
    private Devices devices;
    @Autowired
    private SignalIngest ingest;
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

    @Test
    void theThreeEarlierDampReportsAtTheFlatAreOnTheSensorsCaseNewestFirst() {
        SentRequests sent = new SentRequests(jdbc, opening, catalogue);
        String tenant = UUID.randomUUID().toString();
        Instant now = clock.instant();
        List<String> reports = List.of(30, 20, 10).stream()
                .map(daysAgo -> sent.send("housing-repair", dampAt(FLAT), tenant, Channel.WEB, now.minus(Duration.ofDays(daysAgo))))
                .toList();
        String elsewhere = sent.send("housing-repair", dampAt("100100416757"), tenant, Channel.WEB, now.minus(Duration.ofDays(5)));
        String pothole = sent.send("pothole", Answers.NONE.with("location", new Answer(Map.of("uprn", List.of(FLAT))))
                .with("surface", Answer.of("road")).with("danger", Answer.of("no")), tenant, Channel.WEB, now.minus(Duration.ofDays(3)));
        String sensorCase = dampSensorCase(tenant);

        var officer = People.signedIn("Repairs Officer " + tenant.substring(0, 8), null, Role.CASEWORKER);
        Somebody.signIn(officer);
        teams.join("housing-repairs", currentUser.get().orElseThrow().id(), false);
        signIn(officer);
        navigate("staff/cases/" + sensorCase, Component.class);

        String earlier = find(Div.class).withId("earlier-cases").single().getElement().getTextRecursively();
        assertThat(earlier).contains(reports).doesNotContain(elsewhere, pothole, sensorCase);
        assertThat(earlier.indexOf(reports.get(2))).as("newest first")
                .isLessThan(earlier.indexOf(reports.get(1))).isLessThan(earlier.indexOf(reports.get(0)));
        assertThat(earlier).contains(" Request a housing repair (council tenants), ",
                ", sent " + DateText.format(now.minus(Duration.ofDays(30)).atZone(clock.getZone()).toLocalDate(), Language.ENGLISH));
    }

    private static Answers dampAt(String uprn) {
        return Answers.NONE.with("tenant", Answer.of("yes")).with("emergency", Answer.of("none"))
                .with("address", new Answer(Map.of("uprn", List.of(uprn), "line1", List.of("Flat 2")))).with("problem",
                        Answer.of("damp-and-mould"));
    }

    private String dampSensorCase(String tenant) {
        Device damp = SystemTask.DEVICE_SIGNALS.run(() -> devices.register(new NewDevice(
                new DeviceRef("test-" + UUID.randomUUID().toString().substring(0, 8), "damp-1"), DeviceKind.DAMP, FLAT,
                null, null, "housing-repairs", tenant, null, false, Duration.ofMinutes(15))));
        SystemTask.DEVICE_SIGNALS.run(() -> ingest.alert(new SensorAlert("humid-1", damp.ref(), "humidity-high", true, null,
                clock.instant().minusSeconds(1), 82.0, "%", 70.0, null, null)));
        return jdbc.queryForObject("select case_reference from device_case where device_id = ?", String.class, damp.id());
    }
}
