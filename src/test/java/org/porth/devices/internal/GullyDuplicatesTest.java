package org.porth.devices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
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
import org.porth.devices.Devices;
import org.porth.devices.SignalIngest;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
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

    private static final GeoPoint STRYD_FAWR = GullyReports.STRYD_FAWR;

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
        return reports().blockedGully(at);
    }

    private String residentReport(GeoPoint at) {
        return reports().residentReport(UUID.randomUUID().toString(), at);
    }

    private GullyReports reports() {
        return new GullyReports(devices, ingest, jdbc, opening, catalogue, clock);
    }
}
