package org.porth.insight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The demo year and its back-dating entry points exist in every profile but {@code prod}: a portal
 * started with {@code prod} finds none of them when it scans for its components, so neither the
 * property nor the administrator's page (which is not found without {@link DemoYear}) can start it.
 */
class DemoYearNotInProdTest {

    private static final Set<String> DEMO = Set.of("org.porth.insight.demo.DemoYear", "org.porth.insight.demo.DemoYearRun",
            "org.porth.insight.demo.DemoDay", "org.porth.insight.demo.DemoYearAtStartUp", "org.porth.apply.DemoRequests",
            "org.porth.apply.internal.DemoAnswers", "org.porth.casework.DemoCases",
            "org.porth.casework.internal.BackdatedSteps");

    @Test
    void everyProfileButProdHasTheDemoYear() {
        assertThat(components("default")).as("without prod").containsAll(DEMO);
        assertThat(components("default", "postgres")).as("on PostgreSQL, not prod").containsAll(DEMO);
        assertThat(components("prod", "postgres")).as("in prod").doesNotContainAnyElementsOf(DEMO)
                .as("the rest of the portal is still found").contains("org.porth.insight.Insight");
    }

    private static Set<String> components(String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles(profiles);
        // the demo year's own property is on, as a user starting prod with the flag would have it
        environment.getPropertySources().addFirst(new MapPropertySource("flag", Map.of("porth.demo.activity", "true")));
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(true, environment);
        return List.of("org.porth.insight", "org.porth.apply", "org.porth.casework").stream()
                .flatMap(base -> scan.findCandidateComponents(base).stream())
                .map(BeanDefinition::getBeanClassName).collect(Collectors.toSet());
    }
}
