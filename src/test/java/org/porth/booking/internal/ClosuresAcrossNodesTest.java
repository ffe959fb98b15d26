package org.porth.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.porth.booking.ResourceClosure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes on one database: a closure an administrator adds on one node is in force there at once,
 * and reaches the other node's memory within its refresh ({@code porth.booking.closures-refresh}),
 * not only when it restarts; removing it travels the same way. The booking rules administrators change
 * ({@link RuleOverrides}) are kept by the same {@link RefreshedCache}, with the same bound.
 */
@SpringBootTest
class ClosuresAcrossNodesTest {

    private static final Duration REFRESH = Duration.ofSeconds(30);

    @Autowired
    private JdbcClient jdbc;

    private final AtomicLong otherNodesClock = new AtomicLong();

    @Test
    void aClosureReachesTheOtherNodeWithinTheRefreshAndSoDoesItsRemoval() {
        String resource = "across-nodes-" + UUID.randomUUID();
        LocalDate day = LocalDate.of(2027, 3, 1);
        Closures thisNode = new Closures(jdbc, REFRESH);
        Closures otherNode = new Closures(jdbc, REFRESH, otherNodesClock::get);
        assertThat(otherNode.covers(resource, day)).isFalse();

        ResourceClosure closure = thisNode.add(resource, day, day, "Flooded", "officer-1", Instant.now());

        assertThat(thisNode.covers(resource, day)).as("in force at once where it was made").isTrue();
        passOnTheOtherNode(REFRESH);
        assertThat(otherNode.covers(resource, day)).as("the other node may still go by what it read").isFalse();
        passOnTheOtherNode(Duration.ofNanos(1));
        assertThat(otherNode.covers(resource, day)).as("and no longer than the refresh").isTrue();

        thisNode.remove(closure.id());

        assertThat(thisNode.covers(resource, day)).isFalse();
        passOnTheOtherNode(REFRESH.plusNanos(1));
        assertThat(otherNode.covers(resource, day)).isFalse();
    }

    private void passOnTheOtherNode(Duration time) {
        otherNodesClock.addAndGet(time.toNanos());
    }
}
