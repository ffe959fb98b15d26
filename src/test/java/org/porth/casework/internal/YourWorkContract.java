package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseSummary;
import org.porth.casework.Priority;
import org.porth.casework.ResidentReply;
import org.porth.casework.SlaState;
import org.porth.casework.TimelineKind;
import org.porth.casework.YourWork;
import org.porth.casework.internal.CaseFixtures.NewCase;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Your work's queries and its last-look record, the same on every database. */
@SpringBootTest
abstract class YourWorkContract {

    private static final Instant WEEK = Instant.now().plus(Duration.ofDays(7));

    @Autowired
    private YourWork work;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private JdbcTemplate jdbc;

    private CaseFixtures team;
    private String officer;

    @BeforeEach
    void anOfficer() {
        team = new CaseFixtures(jdbc);
        signIn(People.signedIn("Owain " + team.queue, null, Role.CASEWORKER));
        officer = currentUser.get().orElseThrow().id();
        team.member(officer);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theOfficersOpenCasesAMostUrgentPageAtATime() {
        List<String> refs = team.insert(List.of(NewCase.in(team.queue).assignedTo(officer).priority(Priority.LOW).due(WEEK),
                NewCase.in(team.queue).assignedTo(officer).priority(Priority.URGENT).due(WEEK.plusSeconds(60)),
                NewCase.in(team.queue).assignedTo(officer).priority(Priority.URGENT).due(WEEK),
                NewCase.in(team.queue).assignedTo(officer).status(CaseStatus.RESOLVED),
                NewCase.in(team.queue)));

        assertThat(work.count()).isEqualTo(3);
        assertThat(work.cases(0, 2)).extracting(CaseSummary::reference).containsExactly(refs.get(2), refs.get(1));
        assertThat(work.cases(2, 2)).extracting(CaseSummary::reference).containsExactly(refs.get(0));
        assertThat(work.cases(0, 0)).isEmpty();
    }

    @Test
    void lateCasesOverdueFirst() {
        List<String> refs = team.insert(List.of(NewCase.in(team.queue).assignedTo(officer).sla(SlaState.AT_RISK).due(WEEK),
                NewCase.in(team.queue).assignedTo(officer).sla(SlaState.BREACHED).due(WEEK.plusSeconds(60)),
                NewCase.in(team.queue).assignedTo(officer).sla(SlaState.BREACHED).status(CaseStatus.CLOSED)));

        assertThat(work.atRiskOrOverdue()).extracting(CaseSummary::reference).containsExactly(refs.get(1), refs.get(0));
    }

    @Test
    void eachLookRecordsNowAndAnswersTheOneBefore() {
        String ref = team.insert(List.of(NewCase.in(team.queue).assignedTo(officer))).getFirst();
        wrote(ref, "RESIDENT_REPLIED", Instant.now().minusSeconds(60));

        assertThat(work.lookNow()).as("never looked before").isEmpty();
        Instant first = jdbc.queryForObject("select looked_at from officer_last_look where staff_id = ?", Timestamp.class,
                officer).toInstant();
        assertThat(work.repliesSince(null)).extracting(ResidentReply::reference, ResidentReply::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ref, TimelineKind.RESIDENT_REPLIED));

        assertThat(work.lookNow()).hasValue(first);
        assertThat(work.repliesSince(first)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from officer_last_look where staff_id = ?", Long.class, officer))
                .isOne();
    }

    @Test
    void nobodySignedInIsRefused() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> work.count()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private void wrote(String reference, String kind, Instant at) {
        jdbc.update("insert into case_timeline (id, case_id, happened_at, kind, visible_to_resident)"
                + " select ?, id, ?, ?, true from service_case where reference = ?", UUID.randomUUID().toString(),
                Timestamp.from(at), kind, reference);
    }
}
