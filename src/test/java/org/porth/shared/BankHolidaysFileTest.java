package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** Porth's bank holidays file, and a council's own: a mistake stops start-up with the file and the line. */
class BankHolidaysFileTest {

    private static final String HEADER = "date,region,name_en,name_cy\n";

    @Test
    void porthsFileHasEightBankHolidaysInEachYearFrom2025To2028() {
        List<Holiday> holidays = BankHolidaysFile.read(new ClassPathResource("calendar/bank-holidays.csv"), "wales");

        for (int year = 2025; year <= 2028; year++) {
            int inYear = year;
            assertThat(holidays).as("bank holidays in %s", year).filteredOn(holiday -> holiday.date().getYear() == inYear)
                    .hasSize(8);
        }
        assertThat(holidays).hasSize(32);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a date that is no date|2026-02-30,england-and-wales,Spring,Gwanwyn|line 3: date 2026-02-30 is not a date as yyyy-mm-dd",
            "an unknown region|2026-03-02,scotland,St Andrew's Day,Dydd Sant Andreas|line 3: region scotland is not england-and-wales, england or wales",
            "a day on a weekend|2026-12-26,england-and-wales,Boxing Day,Gŵyl San Steffan|line 3: 2026-12-26 is a Saturday: give the substitute day instead",
            "a day twice|2026-01-01,england-and-wales,New Year,Calan|line 4: 2026-01-01 is in the file twice",
            "no Welsh name|2026-04-03,england-and-wales,Good Friday,|line 3: no name_cy"})
    void aBadLineIsReportedWithTheFileAndItsNumber(String mistake, String line, String problem) {
        String text = "# a council's own calendar\n" + HEADER.replace("\n", "") + "\n2026-01-01,england-and-wales,New Year's Day,Dydd Calan\n";
        ByteArrayResource file = csv(text.replace("\n2026-01-01", "\n" + line + "\n2026-01-01"), "closures.csv");

        assertThatIllegalStateException().isThrownBy(() -> BankHolidaysFile.read(file, "wales"))
                .withMessageContaining("closures.csv").withMessageContaining(problem);
    }

    @Test
    void aYearLeftOutIsReported() {
        ByteArrayResource file = csv(HEADER + "2026-01-01,england-and-wales,New Year's Day,Dydd Calan\n"
                + "2028-01-03,england-and-wales,New Year's Day (substitute day),Dydd Calan (diwrnod yn lle)\n", "gap.csv");

        assertThatIllegalStateException().isThrownBy(() -> BankHolidaysFile.read(file, "wales"))
                .withMessageContaining("gap.csv").withMessageContaining("no bank holidays for 2027, between 2026 and 2028");
    }

    @Test
    void aDayForOneNationCountsOnlyThere() {
        ByteArrayResource file = csv(HEADER + "2026-01-01,england-and-wales,New Year's Day,Dydd Calan\n"
                + "2026-03-02,wales,St David's Day,Dydd Gŵyl Dewi\n", "nations.csv");

        assertThat(BankHolidaysFile.read(file, "wales")).extracting(Holiday::date)
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 2));
        assertThat(BankHolidaysFile.read(file, "england")).extracting(Holiday::date)
                .containsExactly(LocalDate.of(2026, 1, 1));
    }

    private static ByteArrayResource csv(String text, String name) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), name);
    }
}
