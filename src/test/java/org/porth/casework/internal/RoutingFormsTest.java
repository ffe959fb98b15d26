package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.porth.casework.Priority;
import org.porth.casework.routing.AnswerCondition;
import org.porth.casework.routing.RoutingForm;
import org.porth.casework.routing.RoutingRuleForm;

/** The routing form reads YAML and writes it back so that the loader reads the same routing. */
class RoutingFormsTest {

    private static final String ROUTING = """
            default-queue: highway-inspections
            rules:
              - name: dangerous now
                when:
                  danger: [yes]
                  surface: [road, pavement]
                wards: [Castell]
                channels: [phone]
                priorities: [high]
                flags: [health-at-risk]
                queue: highway-emergencies
                priority: urgent
              - name: anything else on a road
                when:
                  surface: [road]
            flags:
              health-at-risk:
                label: {en: Health at risk, cy: Iechyd mewn perygl}
                when: {health: [yes]}
                support-needs: [disability]
            """;

    @Test
    void routingReadIntoTheFormAndWrittenBackReadsTheSame() {
        Map<String, Object> read = RoutingYaml.read(ROUTING);

        String written = RoutingYaml.write(RoutingForms.routing(RoutingForms.form(read)));

        assertThat(RoutingYaml.read(written)).isEqualTo(read);
        assertThat(written).as("yes stays an answer").contains("- yes").doesNotContain("true");
    }

    @Test
    void theFormHoldsWhatItEditsAndKeepsTheRest() {
        RoutingForm form = RoutingForms.form(RoutingYaml.read(ROUTING));

        assertThat(form.defaultQueue()).isEqualTo("highway-inspections");
        RoutingRuleForm dangerous = form.rules().getFirst();
        assertThat(dangerous.name()).isEqualTo("dangerous now");
        assertThat(dangerous.conditions()).containsExactly(new AnswerCondition("danger", List.of("yes")),
                new AnswerCondition("surface", List.of("road", "pavement")));
        assertThat(dangerous.flags()).containsExactly("health-at-risk");
        assertThat(dangerous.queue()).isEqualTo("highway-emergencies");
        assertThat(dangerous.raiseTo()).isEqualTo(Priority.URGENT);
        assertThat(dangerous.kept()).containsOnlyKeys("wards", "channels", "priorities");
        assertThat(form.rules().get(1).queue()).as("no queue: the default").isEmpty();
        assertThat(form.rules().get(1).raiseTo()).isNull();
        assertThat(form.kept()).containsOnlyKeys("flags");
    }

    @Test
    void aRuleAddedInTheFormIsWrittenSoTheLoaderRoutesByIt() {
        RoutingForm read = RoutingForms.form(RoutingYaml.read(ROUTING));
        RoutingRuleForm added = new RoutingRuleForm("deep on a road", List.of(new AnswerCondition("surface", List.of("road")),
                new AnswerCondition("depth", List.of("deep"))), Set.of(), "street-lighting", Priority.HIGH, Map.of());
        RoutingForm edited = new RoutingForm(read.defaultQueue(), List.of(added, read.rules().get(0), read.rules().get(1)),
                read.kept());

        String written = RoutingYaml.write(RoutingForms.routing(edited));
        RoutingTable table = RoutingTables.of("pothole", RoutingYaml.read(written));

        assertThat(written).contains("- name: deep on a road", "queue: street-lighting", "priority: high");
        assertThat(table.rules()).extracting(RoutingRule::name)
                .containsExactly("deep on a road", "dangerous now", "anything else on a road");
        RoutingDecision decision = table.route(new RoutingFacts(Map.of("surface", List.of("road"), "depth", List.of("deep")),
                null, org.porth.catalogue.Channel.WEB, Priority.NORMAL, Set.of()));
        assertThat(decision.queue()).isEqualTo("street-lighting");
        assertThat(decision.priority()).isEqualTo(Priority.HIGH);
    }
}
