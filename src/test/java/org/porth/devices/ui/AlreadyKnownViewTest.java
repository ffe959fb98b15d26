package org.porth.devices.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.GeoPoint;
import org.porth.casework.internal.CaseOpening;
import org.porth.catalogue.Catalogue;
import org.porth.devices.Devices;
import org.porth.devices.SignalIngest;
import org.porth.devices.internal.GullyReports;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;

/**
 * A resident reports water over the road 12 m from a gully its sensor already reported blocked: their
 * request page says the problem was known, that their report is linked to it and what happens next,
 * in English and Welsh. Their report of a place 400 m away says nothing of it; nor does the report of
 * someone who told us before the sensor did.
 */
class AlreadyKnownViewTest extends PortalViewTest {

    private static final String SECTION = "already-known";

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
    private ResidentProfiles profiles;
    @Autowired
    private Clock clock;

    private GullyReports reports;
    private GeoPoint gully;
    private Authentication resident;
    private String residentId;

    @BeforeEach
    void aResidentWhoseRoadFloods() {
        reports = new GullyReports(devices, ingest, jdbc, opening, catalogue, clock);
        gully = GullyReports.STRYD_FAWR.moved(ThreadLocalRandom.current().nextInt(-900, -200),
                ThreadLocalRandom.current().nextInt(200, 900));
        resident = Somebody.named("Nia").asResident();
        Somebody.signIn(resident);
        residentId = profiles.current().id().toString();
    }

    @Test
    void aReportWhereASensorAlreadyRaisedTheProblemSaysSoInEnglishAndWelsh() {
        String earlier = reports.residentReport(residentId, gully.moved(0, 15));
        reports.blockedGully(gully);
        String known = reports.residentReport(residentId, gully.moved(12, 0));
        String elsewhere = reports.residentReport(residentId, gully.moved(400, 0));

        signIn(resident);
        navigate("my-requests/" + known, Component.class);
        assertThat(section()).contains(english("tracking.known.title"), english("tracking.known.linked"),
                english("tracking.known.next"));
        chooseLanguage(Language.WELSH);
        assertThat(section()).contains(welsh("tracking.known.title"), welsh("tracking.known.linked"),
                welsh("tracking.known.next"));

        navigate("my-requests/" + elsewhere, Component.class);
        assertThat(find(Div.class).withId(SECTION).all()).as("400 m away").isEmpty();
        navigate("my-requests/" + earlier, Component.class);
        assertThat(find(Div.class).withId(SECTION).all()).as("told us first").isEmpty();
    }

    private String section() {
        return find(Div.class).withId(SECTION).single().getElement().getTextRecursively();
    }
}
