package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.porth.casework.Priority;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.ServiceKind;
import org.porth.catalogue.ServiceLevel;
import org.porth.catalogue.Text;

/** Routing rules as a service definition writes them: the first that matches wins, else the default queue. */
class RoutingTablesTest {

    private static final Map<String, Object> POTHOLES = Map.of(
            "default-queue", "highway-inspections",
            "rules", List.of(
                    Map.of("name", "dangerous now", "when", Map.of("danger", List.of("yes")),
                            "queue", "highway-emergencies", "priority", "urgent"),
                    Map.of("name", "potholes in northern wards", "wards", List.of("Porth North", "Cwm Uchaf"),
                            "queue", "highways-north"),
                    Map.of("name", "calls from the out-of-hours line", "channels", List.of("phone"),
                            "priorities", List.of("high", "urgent"), "queue", "highways-callbacks")));

    private static final Map<String, Object> REPAIRS_WITH_SUPPORT_NEEDS = Map.of("default-queue", "repairs",
            "flags", Map.of("vulnerable", Map.of("label", Map.of("en", "Vulnerable", "cy", "Agored i niwed"),
                    "when", Map.of("health", List.of("yes")), "support-needs", List.of("disability", "over-75"))),
            "rules", List.of(Map.of("name", "vulnerable first", "flags", List.of("vulnerable"), "priority", "high")));

    private final RoutingTable table = RoutingTables.of(service(POTHOLES));

    @Test
    void aDangerousPotholeGoesToEmergenciesAsUrgentByItsRule() {
        RoutingDecision decision = table.route(facts(Map.of("danger", List.of("yes")), "Porth North", Channel.WEB));

        assertThat(decision).isEqualTo(new RoutingDecision("highway-emergencies", "dangerous now", Priority.URGENT));
    }

    @Test
    void theFirstRuleThatMatchesWins() {
        RoutingDecision decision = table.route(facts(Map.of("danger", List.of("no")), "Porth North", Channel.WEB));

        assertThat(decision).isEqualTo(new RoutingDecision("highways-north", "potholes in northern wards", Priority.NORMAL));
    }

    @Test
    void aRuleMatchesOnChannelAndPriorityTogether() {
        RoutingFacts normalCall = facts(Map.of(), "Porth South", Channel.PHONE);
        RoutingFacts highCall = new RoutingFacts(Map.of(), "Porth South", Channel.PHONE, Priority.HIGH, Set.of());

        assertThat(table.route(normalCall).queue()).isEqualTo("highway-inspections");
        assertThat(table.route(highCall)).isEqualTo(new RoutingDecision("highways-callbacks",
                "calls from the out-of-hours line", Priority.HIGH));
    }

    @Test
    void withNoRuleMatchingTheCaseGoesToTheDefaultQueueWithNoRule() {
        RoutingDecision decision = table.route(facts(Map.of("danger", List.of("no")), null, Channel.WEB));

        assertThat(decision).isEqualTo(new RoutingDecision("highway-inspections", null, Priority.NORMAL));
    }

    @Test
    void anyChosenValueOfAMultipleChoiceAnswerMatches() {
        RoutingTable bins = RoutingTables.of(service(Map.of("default-queue", "waste-collections", "rules", List.of(
                Map.of("name", "garden waste crews", "when", Map.of("bins", List.of("garden")), "queue", "garden-waste")))));

        assertThat(bins.route(facts(Map.of("bins", List.of("general", "garden")), null, Channel.WEB)).queue())
                .isEqualTo("garden-waste");
        assertThat(bins.route(facts(Map.of("bins", List.of("general")), null, Channel.WEB)).queue())
                .isEqualTo("waste-collections");
    }

    @Test
    void aRuleWithoutAQueueRaisesThePriorityInTheDefaultQueue() {
        RoutingTable repairs = RoutingTables.of(service(Map.of("default-queue", "repairs", "rules", List.of(
                Map.of("name", "health at risk", "when", Map.of("health", List.of("yes")), "priority", "high")))));

        assertThat(repairs.route(facts(Map.of("health", List.of("yes")), null, Channel.WEB)))
                .isEqualTo(new RoutingDecision("repairs", "health at risk", Priority.HIGH));
    }

    @Test
    void answersRaiseFlagsThatRulesMatch() {
        RoutingTable repairs = RoutingTables.of(service(Map.of("default-queue", "repairs",
                "flags", Map.of("health-condition", Map.of("label", Map.of("en", "Health condition", "cy", "Cyflwr iechyd"),
                        "when", Map.of("health", List.of("yes")))),
                "rules", List.of(Map.of("name", "health first", "flags", List.of("health-condition"), "priority", "high")))));
        RoutingFacts withCondition = facts(Map.of("health", List.of("yes")), null, Channel.WEB);
        RoutingFacts without = facts(Map.of("health", List.of("no")), null, Channel.WEB);

        assertThat(repairs.flagsOf(withCondition)).extracting(RoutingFlag::id).containsExactly("health-condition");
        assertThat(repairs.flagsOf(withCondition).getFirst().label().cy()).isEqualTo("Cyflwr iechyd");
        assertThat(repairs.route(withCondition)).isEqualTo(new RoutingDecision("repairs", "health first", Priority.HIGH));
        assertThat(repairs.flagsOf(without)).isEmpty();
        assertThat(repairs.route(without)).isEqualTo(new RoutingDecision("repairs", null, Priority.NORMAL));
    }

    @Test
    void aSupportNeedTheResidentToldUsOfRaisesTheFlagAndItsRuleRaisesThePriority() {
        RoutingTable repairs = RoutingTables.of(service(REPAIRS_WITH_SUPPORT_NEEDS));

        assertThat(repairs.flagsOf(residentWith("over-75"))).extracting(RoutingFlag::id).containsExactly("vulnerable");
        assertThat(repairs.route(residentWith("disability", "carer")))
                .isEqualTo(new RoutingDecision("repairs", "vulnerable first", Priority.HIGH));
        assertThat(repairs.usesSupportNeeds()).isTrue();
        assertThat(table.usesSupportNeeds()).as("no flag of the potholes' is raised by a support need").isFalse();
        assertThat(repairs.flagsOf(residentWith("carer"))).isEmpty();
        assertThat(repairs.route(residentWith("carer"))).isEqualTo(new RoutingDecision("repairs", null, Priority.NORMAL));
    }

    @Test
    void withNoSupportNeedToldOnlyTheAnswersRaiseAFlagThatHasBoth() {
        RoutingTable repairs = RoutingTables.of(service(REPAIRS_WITH_SUPPORT_NEEDS));

        assertThat(repairs.flagsOf(residentWith())).isEmpty();
        assertThat(repairs.route(residentWith())).isEqualTo(new RoutingDecision("repairs", null, Priority.NORMAL));
        assertThat(repairs.flagsOf(facts(Map.of("health", List.of("yes")), null, Channel.WEB)))
                .extracting(RoutingFlag::id).containsExactly("vulnerable");
    }

    @Test
    void aFlagNamingASupportNeedThatIsNotOneIsRefused() {
        assertThatThrownBy(() -> RoutingTables.of(service(Map.of("default-queue", "q", "flags", Map.of("vulnerable",
                Map.of("label", Map.of("en", "Vulnerable", "cy", "Agored i niwed"),
                        "support-needs", List.of("over-75", "elderly")))))))
                .hasMessage("Service potholes: routing flags 'vulnerable' names the support need 'elderly', which is not"
                        + " one of [disability, over-75, reading-and-forms, other-format, carer]");
        assertThatThrownBy(() -> RoutingTables.of(service(Map.of("default-queue", "q", "flags", Map.of("vulnerable",
                Map.of("label", Map.of("en", "Vulnerable", "cy", "Agored i niwed"), "support-need", List.of("over-75")))))))
                .hasMessageStartingWith("Service potholes: routing flags 'vulnerable' has an unknown key 'support-need'");
        assertThatThrownBy(() -> RoutingTables.of(service(Map.of("default-queue", "q", "flags", Map.of("vulnerable",
                Map.of("label", Map.of("en", "Vulnerable", "cy", "Agored i niwed")))))))
                .hasMessage("Service potholes: routing flags 'vulnerable' needs the answers (when) or the support needs"
                        + " (support-needs) that raise it");
    }

    @Test
    void aRuleOnAFlagTheRoutingDoesNotDeclareIsRefused() {
        assertThatThrownBy(() -> RoutingTables.of(service(Map.of("default-queue", "q", "rules", List.of(
                Map.of("name", "vulnerable first", "flags", List.of("vulnerable"), "priority", "high"))))))
                .hasMessage("Service potholes: routing rule 'vulnerable first' names the flag 'vulnerable',"
                        + " which the routing's flags do not declare");
        assertThatThrownBy(() -> RoutingTables.of(service(Map.of("default-queue", "q",
                "flags", Map.of("vulnerable", Map.of("when", Map.of("health", List.of("yes"))))))))
                .hasMessage("Service potholes: routing flags 'vulnerable' needs a label in English and Welsh, {en: ..., cy: ...}");
    }

    @Test
    void mistakesAreRefusedNamingTheServiceAndTheRule() {
        assertThatThrownBy(() -> RoutingTables.of(service(Map.of("rules", List.of()))))
                .hasMessage("Service potholes: routing needs a default-queue");
        assertThatThrownBy(() -> RoutingTables.of(service(Map.of("default-queue", "q", "rules", List.of(
                Map.of("name", "fast", "queue", "q2", "priority", "asap"))))))
                .hasMessage("Service potholes: routing rule 1 'fast' priority: 'asap' is not a priority: use low, normal, high or urgent");
        assertThatThrownBy(() -> RoutingTables.of(service(Map.of("default-queue", "q", "rules", List.of(
                Map.of("name", "calls", "channels", List.of("fax"), "queue", "q2"))))))
                .hasMessage("Service potholes: routing rule 1 'calls' channels: 'fax' is not a channel: use web, phone, face-to-face or api");
        assertThatThrownBy(() -> RoutingTables.of(service(Map.of("default-queue", "q", "rules", List.of(
                Map.of("queue", "q2"))))))
                .hasMessage("Service potholes: routing rule 1 name is missing");
        assertThatThrownBy(() -> RoutingTables.of(service(Map.of("default-queue", "q", "rules", List.of(
                Map.of("name", "typo", "wen", Map.of(), "queue", "q2"))))))
                .hasMessageStartingWith("Service potholes: routing rule 1 has an unknown key 'wen'");
    }

    private static RoutingFacts facts(Map<String, List<String>> answers, String ward, Channel channel) {
        return new RoutingFacts(answers, ward, channel, Priority.NORMAL, Set.of());
    }

    private static RoutingFacts residentWith(String... supportNeeds) {
        return new RoutingFacts(Map.of("health", List.of("no")), null, Channel.WEB, Priority.NORMAL, Set.of(supportNeeds));
    }

    static ServiceDefinition service(Map<String, Object> routing) {
        Text name = new Text("Report a pothole", "Rhoi gwybod am dwll yn y ffordd");
        return new ServiceDefinition("potholes", 1, name, name, "highways", Set.of(), Map.of(), ServiceKind.REPORT,
                Set.of(Channel.WEB), null, new ServiceLevel(5, ServiceLevel.Unit.WORKING_DAYS), null, List.of(), routing, null, null);
    }
}
