package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.porth.resident.Somebody.signIn;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.apply.Applications;
import org.porth.apply.GardenWasteForm;
import org.porth.apply.RequestSubmitted;
import org.porth.apply.Submissions;
import org.porth.apply.SubmitResult;
import org.porth.casework.CaseStatus;
import org.porth.casework.Priority;
import org.porth.casework.SlaState;
import org.porth.casework.TimelineKind;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.catalogue.Text;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every submitted request becomes one case, routed by its service's rules to a queue, with the
 * ward it is about, its due date in working days, and the start of its timeline.
 */
@SpringBootTest
class CaseOpeningTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** Stryd Fawr, Porth, in the Castell ward of the seeded gazetteer. */
    private static final String STRYD_FAWR = "32710042";

    @Autowired
    private Applications applications;
    @Autowired
    private Submissions submissions;
    @Autowired
    private CaseOpening opening;
    @Autowired
    private ServiceCaseRepository cases;
    @Autowired
    private TimelineRepository timeline;
    @Autowired
    private Catalogue catalogue;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aResidentsSubmittedRequestBecomesACaseInItsServicesQueue() {
        Somebody resident = Somebody.named("Elin");
        signIn(resident.asResident());
        String draft = applications.start(GardenWasteForm.SERVICE).draftId();
        GardenWasteForm.complete(applications, draft, resident.email);

        SubmitResult.Submitted submitted = (SubmitResult.Submitted) submissions.submit(draft, true, Language.ENGLISH);

        ServiceCase opened = await().until(() -> cases.findByReference(submitted.reference().value()), c -> c.isPresent())
                .orElseThrow();
        assertThat(opened.serviceId()).isEqualTo("garden-waste");
        assertThat(opened.queueId()).isEqualTo("garden-waste");
        assertThat(opened.routedByRule()).as("no rule matched: the default queue").isNull();
        assertThat(opened.ward()).as("the ward of the Red Lion").isEqualTo("Castell");
        assertThat(opened.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(opened.channel()).isEqualTo(Channel.WEB);
        assertThat(opened.answers().get("has-bin")).hasValue(Answer.of("yes"));
        assertThat(opened.slaState()).isEqualTo(SlaState.ON_TRACK);
        assertThat(opened.dueAt()).isAfter(opened.submittedAt().plusSeconds(10 * 24 * 3600L));
    }

    @Test
    void aDangerousPotholeGoesToHighwayEmergenciesAsUrgentByItsRuleDueInFiveWorkingDays() {
        // Thursday 12 November 2026, 10:00: five working days later is Thursday 19 November, at close of office
        Instant thursday = ZonedDateTime.of(2026, 11, 12, 10, 0, 0, 0, UK).toInstant();
        RequestSubmitted pothole = pothole(thursday, Answer.of("yes"));

        opening.open(pothole);

        ServiceCase opened = cases.findByReference(pothole.reference().value()).orElseThrow();
        assertThat(opened.queueId()).isEqualTo("highway-emergencies");
        assertThat(opened.routedByRule()).isEqualTo("dangerous now");
        assertThat(opened.priority()).isEqualTo(Priority.URGENT);
        assertThat(opened.ward()).as("the ward of the street").isEqualTo("Castell");
        assertThat(opened.dueAt()).isEqualTo(ZonedDateTime.of(2026, 11, 19, 17, 0, 0, 0, UK).toInstant());
        assertThat(opened.about()).as("the answers pothole.yaml lists under case-summary, options by their labels")
                .isEqualTo(new Text("In the road – outside number 7", "Yn y ffordd – outside number 7"));
        assertThat(timeline.findByCaseIdOrderByHappenedAt(opened.id()))
                .extracting(TimelineEntry::kind, TimelineEntry::visibleToResident, TimelineEntry::subject, TimelineEntry::detail)
                .containsExactlyInAnyOrder(
                        tuple(TimelineKind.SUBMITTED, true, "WEB", null),
                        tuple(TimelineKind.ROUTED, false, "highway-emergencies", "dangerous now"));
    }

    @Test
    void aTenantWithAHealthConditionIsFlaggedAndPutFirst() {
        Answers answers = Answers.NONE.with("tenant", Answer.of("yes")).with("problem", Answer.of("heating"))
                .with("health", Answer.of("yes"));
        RequestSubmitted repair = new RequestSubmitted(UUID.randomUUID().toString(), Reference.random(), "housing-repair",
                catalogue.current("housing-repair").orElseThrow().version(), UUID.randomUUID().toString(), Channel.PHONE,
                null, Instant.now(), answers);

        opening.open(repair);

        ServiceCase opened = cases.findByReference(repair.reference().value()).orElseThrow();
        assertThat(opened.flags()).containsExactly("health-condition");
        assertThat(opened.priority()).isEqualTo(Priority.HIGH);
        assertThat(opened.routedByRule()).isEqualTo("tenants with a health condition first");
        assertThat(opened.queueId()).isEqualTo("repairs");
        assertThat(opened.about()).isEqualTo(new Text("Heating or hot water", "Gwres neu ddŵr poeth"));
    }

    @Test
    void aRequestDeliveredTwiceOpensOneCase() {
        RequestSubmitted pothole = pothole(Instant.now(), Answer.of("no"));

        opening.open(pothole);
        opening.open(pothole);

        assertThat(cases.findAll()).filteredOn(c -> c.reference().equals(pothole.reference().value())).hasSize(1);
        ServiceCase opened = cases.findByReference(pothole.reference().value()).orElseThrow();
        assertThat(opened.queueId()).isEqualTo("highway-inspections");
        assertThat(timeline.findByCaseIdOrderByHappenedAt(opened.id())).hasSize(2);
    }

    private RequestSubmitted pothole(Instant submitted, Answer danger) {
        Answers answers = Answers.NONE
                .with("location", new Answer(Map.of("usrn", List.of(STRYD_FAWR), "description", List.of("outside number 7"))))
                .with("surface", Answer.of("road"))
                .with("danger", danger);
        return new RequestSubmitted(UUID.randomUUID().toString(), Reference.random(), "pothole",
                catalogue.current("pothole").orElseThrow().version(),
                UUID.randomUUID().toString(), Channel.WEB, null, submitted, answers);
    }
}
