package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.apply.RequestSubmitted;
import org.porth.browserless.People;
import org.porth.casework.Priority;
import org.porth.casework.routing.RoutingAdministration;
import org.porth.casework.routing.RoutingPreview;
import org.porth.casework.routing.RoutingRefused;
import org.porth.casework.routing.RoutingSample;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.identity.Role;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Administrators edit a service's routing as YAML: it is checked as the definitions are at start-up,
 * tried on a made-up request, saved with who saved it, and new cases are routed by it.
 */
@SpringBootTest
class RoutingAdministrationTest {

    private static final String POTHOLE_ROUTING = """
            default-queue: highway-inspections
            rules:
              - name: dangerous now
                when:
                  danger: [yes]
                queue: highway-emergencies
                priority: urgent
            """;

    @Autowired
    private RoutingAdministration administration;
    @Autowired
    private CaseOpening opening;
    @Autowired
    private ServiceCaseRepository cases;
    @Autowired
    private Catalogue catalogue;
    @Autowired
    private JdbcTemplate jdbc;

    /** Other tests route potholes by the definition. */
    @AfterEach
    void backToTheDefinitionsRouting() {
        jdbc.update("delete from routing_override");
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDefinitionsRoutingIsShownAsYamlThatReadsBackTheSame() {
        signIn(People.officer(Role.ADMIN));

        String routing = administration.routing("pothole");

        assertThat(routing).contains("default-queue: highway-inspections", "name: dangerous now", "- yes")
                .as("yes stays an answer, not true").doesNotContain("true", "'yes'");
        assertThat(administration.preview("pothole", routing, sample("danger=yes")).rule()).isEqualTo("dangerous now");
    }

    @Test
    void routingNamingAQueueThatDoesNotExistIsRefusedAndNotSaved() {
        signIn(People.officer(Role.ADMIN));

        assertThatExceptionOfType(RoutingRefused.class)
                .isThrownBy(() -> administration.save("pothole", POTHOLE_ROUTING.replace("highway-emergencies", "nowhere")))
                .satisfies(refused -> assertThat(refused.problems()).containsExactly("Service pothole: routing names the queue 'nowhere', which does not exist"));
        assertThat(jdbc.queryForObject("select count(*) from routing_override", Integer.class)).isZero();
    }

    @Test
    void brokenYamlAndWrongRulesAreRefusedWithWhatIsWrong() {
        signIn(People.officer(Role.ADMIN));

        assertThatThrownBy(() -> administration.save("pothole", "default-queue: [unclosed"))
                .isInstanceOf(RoutingRefused.class).hasMessageStartingWith("The routing is not valid YAML");
        assertThatThrownBy(() -> administration.save("pothole", POTHOLE_ROUTING.replace("queue: highway-emergencies",
                "queues: highway-emergencies")))
                .isInstanceOf(RoutingRefused.class).hasMessageContaining("rule 1 has an unknown key 'queues'");
        assertThatThrownBy(() -> administration.save("pothole", "- just a list"))
                .isInstanceOf(RoutingRefused.class).hasMessageStartingWith("The routing must be a mapping");
    }

    @Test
    void thePreviewSaysWhichQueueAndRuleASampleRequestWouldGoTo() {
        signIn(People.officer(Role.ADMIN));

        RoutingPreview dangerous = administration.preview("pothole", POTHOLE_ROUTING, sample("danger=yes\nsurface=road"));
        RoutingPreview safe = administration.preview("pothole", POTHOLE_ROUTING, sample("danger=no"));

        assertThat(dangerous.queueId()).isEqualTo("highway-emergencies");
        assertThat(dangerous.queueName().en()).isEqualTo("Highway emergencies");
        assertThat(dangerous.rule()).isEqualTo("dangerous now");
        assertThat(dangerous.priority()).isEqualTo(Priority.URGENT);
        assertThat(safe.queueId()).isEqualTo("highway-inspections");
        assertThat(safe.rule()).as("the default queue").isNull();
    }

    @Test
    void savedRoutingRoutesNewCasesAndKeepsWhoSavedItWhen() {
        signIn(People.officer(Role.ADMIN));
        administration.save("pothole", POTHOLE_ROUTING.replace("highway-emergencies", "street-lighting-urgent"));
        administration.save("pothole", POTHOLE_ROUTING.replace("highway-emergencies", "street-lighting"));
        SecurityContextHolder.clearContext();
        RequestSubmitted pothole = pothole();

        opening.open(pothole);

        ServiceCase opened = cases.findByReference(pothole.reference().value()).orElseThrow();
        assertThat(opened.queueId()).as("the newest saved routing").isEqualTo("street-lighting");
        assertThat(opened.routedByRule()).isEqualTo("dangerous now");
        assertThat(jdbc.queryForList("select saved_by from routing_override where service_id = 'pothole'", String.class))
                .hasSize(2).allSatisfy(savedBy -> assertThat(savedBy).isNotBlank());
    }

    @Test
    void aCaseworkerMayNotReadOrChangeRouting() {
        signIn(People.officer(Role.CASEWORKER, Role.SUPERVISOR));

        assertThatThrownBy(() -> administration.routing("pothole")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.save("pothole", POTHOLE_ROUTING)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.preview("pothole", POTHOLE_ROUTING, sample("danger=yes")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static RoutingSample sample(String answers) {
        return new RoutingSample(RoutingSample.answersFrom(answers), null, Channel.WEB);
    }

    private RequestSubmitted pothole() {
        Answers answers = Answers.NONE.with("surface", Answer.of("road")).with("danger", Answer.of("yes"));
        return new RequestSubmitted(UUID.randomUUID().toString(), Reference.random(), "pothole",
                catalogue.current("pothole").orElseThrow().version(), UUID.randomUUID().toString(), Channel.WEB,
                null, Instant.now(), answers);
    }
}
