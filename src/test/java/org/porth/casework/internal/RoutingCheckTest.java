package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.casework.internal.RoutingTablesTest.service;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Start-up lists every service whose routing is wrong or names a queue the council does not have. */
class RoutingCheckTest {

    @Test
    void everyProblemIsListedWithItsService() {
        var wrong = service(Map.of("rules", List.of()));
        var unknownQueue = service(Map.of("default-queue", "highway-inspections", "rules", List.of(
                Map.of("name", "north", "queue", "highways-north"))));

        assertThat(RoutingCheck.problems(List.of(wrong, unknownQueue), Set.of("highway-inspections"))).containsExactly(
                "Service potholes: routing needs a default-queue",
                "Service potholes: routing names the queue 'highways-north', which does not exist");
    }

    @Test
    void routingToQueuesThatExistPasses() {
        var fine = service(Map.of("default-queue", "highway-inspections"));

        assertThat(RoutingCheck.problems(List.of(fine), Set.of("highway-inspections"))).isEmpty();
    }
}
