package org.porth.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.porth.booking.BookableResource;
import org.porth.booking.HouseholdLimit;
import org.porth.booking.OpeningTimes;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The seeded resources are those of the booking issue; a mistake in the file stops the portal; an
 * administrator's rules stand in for the file's.
 */
class ResourceRegistryTest {

    private static final Resource[] FILE = {new ClassPathResource("booking/resources.yaml")};

    /** No administrator has changed a rule. */
    private final RuleOverrides none = mock(RuleOverrides.class);
    private final ResourceRegistry registry = new ResourceRegistry(FILE, none);

    @Test
    void theRecyclingCentreHasQuarterHourSlotsForSixAndOneVisitAWeekPerHousehold() {
        BookableResource centre = registry.get("recycling-centre");

        assertThat(centre.slotLength()).contains(Duration.ofMinutes(15));
        assertThat(centre.capacity()).isEqualTo(6);
        assertThat(centre.limit()).contains(new HouseholdLimit(1, HouseholdLimit.Period.WEEK));
        assertThat(centre.opening().get(DayOfWeek.SUNDAY))
                .containsExactly(new OpeningTimes(LocalTime.of(9, 0), LocalTime.of(13, 0)));
    }

    @Test
    void bulkyWasteIsADayOfTwelveCollectionsPerWardRound() {
        assertThat(registry.group("bulky-waste-crews")).hasSize(2).allSatisfy(round -> {
            assertThat(round.slotLength()).isEmpty();
            assertThat(round.capacity()).isEqualTo(12);
        });
        assertThat(registry.get("bulky-waste-north").serves("Pen-y-bryn")).isTrue();
        assertThat(registry.get("bulky-waste-north").serves("Castell")).isFalse();
        assertThat(registry.get("bulky-waste-south").serves("Castell")).isTrue();
    }

    @Test
    void birthRegistrationIsHalfHourAppointmentsForOne() {
        assertThat(registry.group("birth-registration")).isNotEmpty().allSatisfy(office -> {
            assertThat(office.slotLength()).contains(Duration.ofMinutes(30));
            assertThat(office.capacity()).isEqualTo(1);
        });
    }

    @Test
    void aMistakeNamesTheResourceAndKey() {
        Resource wrong = new ByteArrayResource("""
                resources:
                  - id: pool
                    name: {en: Pool, cy: Pwll}
                    location: {en: Here, cy: Yma}
                    opening: {monday: 09:00-17:00}
                    capacity: 4
                    horizon-days: 7
                    lead-time: PT1H
                    cancel-until: PT1H
                """.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new ResourceRegistry(new Resource[] {wrong}, none))
                .hasMessageContaining("resource pool").hasMessageContaining("slot-minutes");
    }

    @Test
    void overlappingOpeningTimesStopThePortal() {
        Resource wrong = new ByteArrayResource("""
                resources:
                  - id: pool
                    name: {en: Pool, cy: Pwll}
                    location: {en: Here, cy: Yma}
                    opening: {monday: "09:00-13:00, 12:00-17:00"}
                    slot-minutes: 30
                    capacity: 4
                    horizon-days: 7
                    lead-time: PT1H
                    cancel-until: PT1H
                """.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new ResourceRegistry(new Resource[] {wrong}, none))
                .hasMessageContaining("resource pool").hasMessageContaining("OVERLAP");
    }

    @Test
    void anAdministratorsRulesReplaceTheFilesOnlyWhereChanged() {
        BookableResource file = registry.fromFile("recycling-centre");
        Map<DayOfWeek, List<OpeningTimes>> weekdays = Map.of(DayOfWeek.MONDAY,
                List.of(new OpeningTimes(LocalTime.of(10, 0), LocalTime.of(12, 0))));
        BookableResource wanted = new BookableResource(file.id(), file.group(), file.name(), file.location(), file.wards(),
                weekdays, file.slotLength(), 2, file.horizonDays(), file.leadTime(), file.cancelUntil(), Optional.empty(),
                file.closed());
        RuleOverride change = RuleOverride.between(file, wanted, "staff:cara", Instant.EPOCH);
        RuleOverrides changed = mock(RuleOverrides.class);
        when(changed.all()).thenReturn(Map.of(file.id(), change));

        BookableResource applied = new ResourceRegistry(FILE, changed).get("recycling-centre");

        assertThat(change.horizonDays()).as("unchanged rules stay the file's").isNull();
        assertThat(change.limitBookings()).as("no limit").isZero();
        assertThat(applied).isEqualTo(wanted);
        assertThat(new ResourceRegistry(FILE, changed).fromFile("recycling-centre")).isEqualTo(file);
    }
}
