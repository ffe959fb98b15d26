package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.porth.resident.Somebody.signIn;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.casework.AuditItem;
import org.porth.casework.CaseAuditTrail;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseSummary;
import org.porth.casework.Cases;
import org.porth.casework.CaseWork;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every staff read of a case and every change is in its audit trail, which supervisors read. */
@SpringBootTest
abstract class CaseAuditContract {

    @Autowired
    private CaseWork work;
    @Autowired
    private CaseAuditTrail trail;
    @Autowired
    private Cases cases;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    protected JdbcTemplate jdbc;

    private CaseFixtures fixtures;
    private String reference;
    private String officerId;
    private Authentication officer;
    private Authentication supervisor;

    @BeforeEach
    void aCaseAnOfficerAndASupervisor() {
        fixtures = new CaseFixtures(jdbc);
        reference = fixtures.waitingFor(UUID.randomUUID().toString(), Instant.now().plusSeconds(7 * 24 * 3600));
        officer = People.signedIn("Officer " + fixtures.queue, null, Role.CASEWORKER);
        signIn(officer);
        officerId = currentUser.get().orElseThrow().id();
        fixtures.member(officerId);
        supervisor = People.signedIn("Supervisor " + fixtures.queue, null, Role.CASEWORKER, Role.SUPERVISOR);
        signIn(supervisor);
        fixtures.supervisor(currentUser.get().orElseThrow().id());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void readsAndChangesAreRecordedWithWhoWhatAndTheScreen() {
        signIn(officer);
        CaseDetails read = work.open(reference);
        work.changeStatus(reference, read.version(), CaseStatus.IN_TRIAGE, "Ours");
        work.addNote(reference, "Checked the round sheet");

        signIn(supervisor);
        assertThat(trail.of(reference)).extracting(AuditItem::staffId, AuditItem::action, AuditItem::screen, AuditItem::detail)
                .containsExactly(
                        tuple(officerId, "READ", "case-view", null),
                        tuple(officerId, "STATUS_CHANGED", "case-view", "IN_TRIAGE"),
                        tuple(officerId, "NOTE_ADDED", "case-view", null));
    }

    @Test
    void takingACaseWithTakeNextIsRecordedFromTheQueueView() {
        signIn(officer);
        assertThat(cases.takeNext()).get().extracting(CaseSummary::reference).isEqualTo(reference);

        signIn(supervisor);
        assertThat(trail.of(reference)).extracting(AuditItem::staffId, AuditItem::action, AuditItem::screen)
                .containsExactly(tuple(officerId, "TAKEN", "queue-view"));
    }

    @Test
    void onlySupervisorsReadTheTrail() {
        signIn(officer);

        assertThatThrownBy(() -> trail.of(reference)).isInstanceOf(AccessDeniedException.class);
    }

    protected String aRecordedRead() {
        signIn(officer);
        work.open(reference);
        return jdbc.queryForObject("select a.id from case_audit a join service_case c on c.id = a.case_id"
                + " where c.reference = ?", String.class, reference);
    }
}
