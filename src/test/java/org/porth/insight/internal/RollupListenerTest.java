package org.porth.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.resident.Somebody.signIn;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseWork;
import org.porth.casework.ContactReason;
import org.porth.casework.internal.CaseFixtures;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The roll-ups follow a case as an officer works it, through casework's events alone. */
@SpringBootTest
class RollupListenerTest {

    @Autowired
    private CaseWork work;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CurrentUser currentUser;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aStatusChangeAndAnOutcomeReachTheRollups() {
        CaseFixtures fixtures = new CaseFixtures(jdbc);
        String reference = fixtures.opened(CaseStatus.IN_TRIAGE, Instant.now(), Instant.now().plus(Duration.ofDays(5)));
        signIn(People.signedIn("Officer " + fixtures.queue, null, Role.CASEWORKER));
        fixtures.member(currentUser.get().orElseThrow().id());

        work.changeStatus(reference, work.open(reference).version(), CaseStatus.IN_PROGRESS, null);
        assertThat(eventually(() -> row(reference), "IN_PROGRESS")).containsExactly("IN_PROGRESS", true, null);

        work.end(reference, work.open(reference).version(), org.porth.casework.Outcome.FIXED, "Fixed on Tuesday.");
        assertThat(eventually(() -> row(reference), "RESOLVED"))
                .containsExactly("RESOLVED", false, "FIXED");
        assertThat(jdbc.queryForObject("select sum(requests) from insight_daily where team_id = ?", Long.class, fixtures.team))
                .as("counted once however many events").isEqualTo(1L);
    }

    @Test
    void aContactStaffHeardAsFailureDemandReachesTheRollupsAndANewNeedDoesNot() {
        CaseFixtures fixtures = new CaseFixtures(jdbc);
        String reference = fixtures.opened(CaseStatus.IN_PROGRESS, Instant.now(), Instant.now().plus(Duration.ofDays(5)));
        signIn(People.signedIn("Officer " + fixtures.queue, null, Role.CASEWORKER));
        fixtures.member(currentUser.get().orElseThrow().id());

        work.recordContact(reference, ContactReason.NEW_NEED, "Asked about a bulky collection too.");
        work.recordContact(reference, ContactReason.CHASING, null);
        assertThat(eventually(() -> contacts(fixtures.team), "1"))
                .as("the chasing call, not the new need").containsExactly("1");
    }

    private List<Object> contacts(String team) {
        return List.of(String.valueOf(jdbc.queryForObject(
                "select coalesce(sum(contacts), 0) from insight_daily where team_id = ?", Long.class, team)));
    }

    private List<Object> row(String reference) {
        return jdbc.query("select status, open_case, outcome from insight_case where reference = ?",
                (rs, n) -> java.util.Arrays.asList((Object) rs.getString(1), rs.getObject(2) == null ? null : rs.getBoolean(2),
                        rs.getString(3)), reference).stream().findFirst().orElse(List.of());
    }

    /** Waits for the listener, which runs after the officer's transaction commits, on another thread, until the first value is as given. */
    private static List<Object> eventually(Supplier<List<Object>> row, String status) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            List<Object> found = row.get();
            if (!found.isEmpty() && status.equals(found.getFirst())) {
                return found;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        throw new AssertionError("The roll-ups did not follow the case within a minute");
    }
}
