package org.porth.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A slot found full is remembered for a moment, and forgotten as soon as a place may be free again. */
class FullSlotsTest {

    private static final LocalDateTime TEN = LocalDateTime.of(2026, 12, 1, 10, 0);
    private static final List<LocalDateTime> NEAREST = List.of(TEN.plusMinutes(15));
    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    private final FullSlots slots = new FullSlots(Duration.ofSeconds(1));

    @Test
    void aSlotFoundFullIsRememberedForAMomentWithTheTimesToOffer() {
        slots.found("centre", TEN, 7, NEAREST, NOW);

        assertThat(slots.nearestIfFull("centre", TEN, NOW.plusMillis(999))).hasValue(NEAREST);
        assertThat(slots.nearestIfFull("centre", TEN, NOW.plusSeconds(1))).as("the moment is over").isEmpty();
        assertThat(slots.nearestIfFull("centre", TEN.plusMinutes(15), NOW)).isEmpty();
        assertThat(slots.nearestIfFull("other", TEN, NOW)).isEmpty();
    }

    @Test
    void aPlaceGivenBackOrACapacityChangedForgetsIt() {
        slots.found("centre", TEN, 7, NEAREST, NOW);
        slots.found("centre", TEN.plusMinutes(15), 8, NEAREST, NOW);
        slots.found("library", TEN, 9, NEAREST, NOW);

        slots.mayHaveSpace(7);
        assertThat(slots.nearestIfFull("centre", TEN, NOW)).isEmpty();
        assertThat(slots.nearestIfFull("centre", TEN.plusMinutes(15), NOW)).isPresent();

        slots.mayHaveSpace("centre");
        assertThat(slots.nearestIfFull("centre", TEN.plusMinutes(15), NOW)).isEmpty();
        assertThat(slots.nearestIfFull("library", TEN, NOW)).isPresent();
    }

    @Test
    void noMemoryRemembersNothing() {
        FullSlots none = new FullSlots(Duration.ZERO);
        none.found("centre", TEN, 7, NEAREST, NOW);

        assertThat(none.nearestIfFull("centre", TEN, NOW)).isEmpty();
    }
}
