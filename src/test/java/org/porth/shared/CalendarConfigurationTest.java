package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.shared.PorthCalendar.london;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The business calendar bean, made from the properties as a council sets them. */
class CalendarConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CalendarConfiguration.class);

    @Test
    void loadsTheBankHolidaysFileNamedByTheProperty() {
        context.withPropertyValues("porth.calendar.bank-holidays=classpath:calendar/bank-holidays.csv").run(spring -> {
            BusinessCalendar calendar = spring.getBean(BusinessCalendar.class);

            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
            assertThat(calendar.addWorkingTime(london("2026-02-10T20:00"), Duration.ofHours(1)))
                    .as("office hours 09:00 to 17:00 by default").isEqualTo(london("2026-02-11T10:00"));
        });
    }

    @Test
    void officeHoursAreProperties() {
        context.withPropertyValues("porth.calendar.office-opens=08:30", "porth.calendar.office-closes=16:30").run(spring ->
                assertThat(spring.getBean(BusinessCalendar.class).addWorkingTime(london("2026-02-10T16:00"), Duration.ofHours(1)))
                        .isEqualTo(london("2026-02-11T09:00")));
    }

    @Test
    void aBadLineStopsStartUpNamingTheFileAndTheLine(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("closures.csv"),
                "date,region,name_en,name_cy\n2026-01-01,england-and-wales,New Year's Day,Dydd Calan\n2026-13-01,england-and-wales,?,?\n");

        context.withPropertyValues("porth.calendar.bank-holidays=" + file.toUri()).run(spring ->
                assertThat(spring).getFailure().rootCause()
                        .hasMessageContaining("closures.csv").hasMessageContaining("line 3: date 2026-13-01 is not a date"));
    }

    @Test
    void aRegionOtherThanEnglandOrWalesStopsStartUp() {
        context.withPropertyValues("porth.calendar.region=england-and-wales").run(spring ->
                assertThat(spring).getFailure().rootCause()
                        .hasMessageContaining("porth.calendar.region is england or wales, not england-and-wales"));
    }
}
