package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.apply.RequestSubmitted;
import org.porth.browserless.People;
import org.porth.casework.Priority;
import org.porth.casework.routing.AnswerCondition;
import org.porth.casework.routing.RoutingAdministration;
import org.porth.casework.routing.RoutingChoices;
import org.porth.casework.routing.RoutingForm;
import org.porth.casework.routing.RoutingFormRefused;
import org.porth.casework.routing.RoutingPreview;
import org.porth.casework.routing.RoutingProblem;
import org.porth.casework.routing.RoutingRefused;
import org.porth.casework.routing.RoutingRuleForm;
import org.porth.casework.routing.RoutingSample;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.catalogue.Option;
import org.porth.catalogue.Text;
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
 * Administrators edit a service's routing in a form that writes YAML: it is checked as the definitions are at start-up,
 * tried on a made-up request, saved with who saved it, and new cases are routed by it.
 */
@SpringBootTest
class RoutingAdministrationTest {

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
    void theDefinitionsRoutingIsShownAsYamlAndInTheFormThatWritesItBackTheSame() {
        signIn(People.officer(Role.ADMIN));

        String routing = administration.routing("pothole");
        RoutingForm form = administration.form("pothole");

        assertThat(routing).contains("default-queue: highway-inspections", "name: dangerous now", "- yes")
                .as("yes stays an answer, not true").doesNotContain("true", "'yes'");
        assertThat(form.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.conditions()).containsExactly(new AnswerCondition("danger", List.of("yes")));
            assertThat(rule.queue()).isEqualTo("highway-emergencies");
            assertThat(rule.raiseTo()).isEqualTo(Priority.URGENT);
        });
        assertThat(RoutingYaml.read(administration.save("pothole", form))).isEqualTo(RoutingYaml.read(routing));
    }

    @Test
    void theFormOffersTheServicesQuestionsWithTheirAnswersTheQueuesAndTheFlags() {
        signIn(People.officer(Role.ADMIN));

        RoutingChoices choices = administration.choices("housing-repair");

        assertThat(choices.question("problem").orElseThrow().options()).extracting(Option::value).contains("damp-and-mould");
        assertThat(choices.question("health").orElseThrow().options()).extracting(Option::value).containsExactly("yes", "no");
        assertThat(choices.queues()).containsKeys("repairs", "repairs-damp-and-mould", "highway-emergencies");
        assertThat(choices.flags()).containsKeys("health-condition", "vulnerable-resident", "other-format");
    }

    @Test
    void aFormNamingAQueueThatDoesNotExistIsRefusedAtTheFieldAndNotSaved() {
        signIn(People.officer(Role.ADMIN));
        RoutingForm form = administration.form("pothole");
        RoutingRuleForm rule = form.rules().getFirst();
        RoutingForm toNowhere = new RoutingForm(form.defaultQueue(), List.of(new RoutingRuleForm(rule.name(), rule.conditions(),
                rule.flags(), "nowhere", rule.raiseTo(), rule.kept())), form.kept());

        assertThatExceptionOfType(RoutingFormRefused.class).isThrownBy(() -> administration.save("pothole", toNowhere))
                .satisfies(refused -> assertThat(refused.problems()).extracting(RoutingProblem::field).containsExactly("rule-1-queue"));
        assertThat(jdbc.queryForObject("select count(*) from routing_override", Integer.class)).isZero();
    }

    @Test
    void whatTheFormKeepsAsWrittenStillPassesTheDefinitionsChecks() {
        signIn(People.officer(Role.ADMIN));
        RoutingForm form = administration.form("pothole");
        RoutingForm unlabelledFlag = new RoutingForm(form.defaultQueue(), form.rules(),
                Map.of("flags", Map.of("deep", Map.of("when", Map.of("danger", List.of("yes"))))));

        assertThatThrownBy(() -> administration.save("pothole", unlabelledFlag))
                .isInstanceOf(RoutingRefused.class).hasMessageContaining("'deep' needs a label in English and Welsh");
        assertThat(jdbc.queryForObject("select count(*) from routing_override", Integer.class)).isZero();
    }

    @Test
    void thePreviewSaysWhichQueueRulePriorityAndFlagsASampleRequestWouldGet() {
        signIn(People.officer(Role.ADMIN));
        RoutingForm pothole = administration.form("pothole");
        RoutingForm repairs = administration.form("housing-repair");

        RoutingPreview dangerous = administration.preview("pothole", pothole, sample(Map.of("danger", "yes", "surface", "road")));
        RoutingPreview safe = administration.preview("pothole", pothole, sample(Map.of("danger", "no")));
        RoutingPreview mouldForAnOlderResident = administration.preview("housing-repair", repairs,
                new RoutingSample(Map.of("problem", List.of("damp-and-mould")), null, Channel.WEB, Set.of("over-75")));

        assertThat(dangerous.queueId()).isEqualTo("highway-emergencies");
        assertThat(dangerous.queueName().en()).isEqualTo("Highway emergencies");
        assertThat(dangerous.rule()).isEqualTo("dangerous now");
        assertThat(dangerous.priority()).isEqualTo(Priority.URGENT);
        assertThat(safe.queueId()).isEqualTo("highway-inspections");
        assertThat(safe.rule()).as("the default queue").isNull();
        assertThat(mouldForAnOlderResident.rule()).isEqualTo("damp and mould for a resident with a support need");
        assertThat(mouldForAnOlderResident.priority()).isEqualTo(Priority.HIGH);
        assertThat(mouldForAnOlderResident.flags()).extracting(Text::en)
                .containsExactly("Support need: disability, long-term health condition or aged 75 or over");
    }

    @Test
    void savedRoutingRoutesNewCasesAndKeepsWhoSavedItWhen() {
        signIn(People.officer(Role.ADMIN));
        administration.save("pothole", toQueue(administration.form("pothole"), "highway-inspections"));
        administration.save("pothole", toQueue(administration.form("pothole"), "street-lighting"));
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
        signIn(People.officer(Role.ADMIN));
        RoutingForm form = administration.form("pothole");
        signIn(People.officer(Role.CASEWORKER, Role.SUPERVISOR));

        assertThatThrownBy(() -> administration.routing("pothole")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.form("pothole")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.choices("pothole")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.save("pothole", form)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.preview("pothole", form, sample(Map.of("danger", "yes"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static RoutingForm toQueue(RoutingForm form, String queue) {
        RoutingRuleForm rule = form.rules().getFirst();
        return new RoutingForm(form.defaultQueue(), List.of(new RoutingRuleForm(rule.name(), rule.conditions(), rule.flags(),
                queue, rule.raiseTo(), rule.kept())), form.kept());
    }

    private static RoutingSample sample(Map<String, String> answers) {
        return new RoutingSample(answers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                answer -> List.of(answer.getValue()))), null, Channel.WEB, Set.of());
    }

    private RequestSubmitted pothole() {
        Answers answers = Answers.NONE.with("surface", Answer.of("road")).with("danger", Answer.of("yes"));
        return new RequestSubmitted(UUID.randomUUID().toString(), Reference.random(), "pothole",
                catalogue.current("pothole").orElseThrow().version(), UUID.randomUUID().toString(), Channel.WEB,
                null, Instant.now(), answers);
    }
}
