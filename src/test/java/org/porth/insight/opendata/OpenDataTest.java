package org.porth.insight.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.apply.SatisfactionRated;
import org.porth.insight.InsightFixture;
import org.porth.insight.internal.Rollups;
import org.porth.insight.internal.SatisfactionRollup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The published months against a data set counted by hand, in BST: 00:30 on 1 May and 23:30 on 31 May
 * are May's; 23:30 on 30 April is April's and 00:30 on 1 June June's. Nobody is signed in: anyone may ask.
 * <pre>
 * potholes, May: 25 requests: web 12 (two at the month's edges), API 10, phone 3; 10 of the API breached,
 *   so 15 within target (60 %); outcomes in May: fixed 11, no fault found 2 (13); 12 answers, 10 satisfied.
 *   Published: phone 3 [c]; API 10 [c] too, or 25 - 12 - 0 - 0 would give phone away; web 12 shown;
 *   no fault found 2 [c], fixed 11 [c] with it; satisfied 10 of 12 [c] (2 on the other side).
 * potholes, June: 1 web request (00:30 BST 1 June), fixed at 00:30 BST 1 June: all [c]; no answers: [z].
 * potholes, April: 1 web request (23:30 BST 30 April).
 * bins, May: 10 web requests, all within target, all service provided, 10 answers all satisfied: all shown.
 * </pre>
 */
@SpringBootTest
class OpenDataTest {

    static final YearMonth MAY = YearMonth.of(2026, 5);

    @Autowired
    private OpenData openData;
    @Autowired
    private Rollups rollups;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private SatisfactionRollup satisfaction;

    private InsightFixture data;

    @BeforeEach
    void theHandCountedMonths() {
        data = new InsightFixture(jdbc, rollups);
        List<String> potholes = new java.util.ArrayList<>();
        potholes.add(pothole("WEB").ended("RESOLVED", "FIXED", "2026-05-02T10:00:00Z").submitted("2026-04-30T23:30:00Z"));
        potholes.add(pothole("WEB").submitted("2026-05-31T22:30:00Z"));
        for (int day = 10; day < 20; day++) {
            potholes.add(pothole("WEB").ended("RESOLVED", "FIXED", "2026-05-%02dT15:00:00Z".formatted(day + 1))
                    .submitted("2026-05-%02dT09:00:00Z".formatted(day)));
        }
        for (int day = 10; day < 20; day++) {
            potholes.add(pothole("API").sla("BREACHED").submitted("2026-05-%02dT09:00:00Z".formatted(day)));
        }
        potholes.add(pothole("PHONE").ended("RESOLVED", "NO_FAULT_FOUND", "2026-05-20T10:00:00Z").submitted("2026-05-04T09:00:00Z"));
        potholes.add(pothole("PHONE").ended("RESOLVED", "NO_FAULT_FOUND", "2026-05-31T22:30:00Z").submitted("2026-05-05T09:00:00Z"));
        potholes.add(pothole("PHONE").submitted("2026-05-06T09:00:00Z"));
        pothole("WEB").ended("RESOLVED", "FIXED", "2026-05-31T23:30:00Z").submitted("2026-05-31T23:30:00Z");
        pothole("WEB").submitted("2026-04-30T22:30:00Z");
        for (int n = 0; n < 12; n++) {
            rated(potholes.get(n), data.potholes, n < 10 ? 4 + n % 2 : 2, "2026-05-%02dT12:00:00Z".formatted(n + 10));
        }
        for (int day = 1; day <= 10; day++) {
            String bin = data.in(data.wasteQueue, data.bins).ended("RESOLVED", "SERVICE_PROVIDED", "2026-05-%02dT15:00:00Z".formatted(day + 10))
                    .submitted("2026-05-%02dT09:00:00Z".formatted(day));
            rated(bin, data.bins, 5, "2026-05-%02dT16:00:00Z".formatted(day + 10));
        }
    }

    @Test
    void aServiceWithFewCasesOfAKindHidesThemAndOneMoreOfTheirGroup() {
        OpenStatistics may = of(openData.month(MAY), data.potholes);
        assertThat(shown(may)).containsExactly(
                entry("requests", "25"), entry("channel_web", "12"), entry("channel_phone", "[c]"),
                entry("channel_face_to_face", "0"), entry("channel_api", "[c]"), entry("channel_device", "0"),
                entry("within_target_percent", "60"), entry("outcomes", "13"), entry("outcome_fixed", "[c]"),
                entry("outcome_service_provided", "0"), entry("outcome_advice_given", "0"),
                entry("outcome_no_fault_found", "[c]"), entry("outcome_not_eligible", "0"),
                entry("outcome_not_council_responsibility", "0"), entry("outcome_referred_to_partner", "0"),
                entry("outcome_duplicate_of_another", "0"), entry("outcome_withdrawn_by_resident", "0"),
                entry("satisfaction_answers", "12"), entry("satisfied_percent", "[c]"));
        assertThat(may.suppressed()).containsExactly("channel_phone", "channel_api", "outcome_fixed",
                "outcome_no_fault_found", "satisfied_percent");
        // nothing suppressed is a value anyone can read
        assertThat(may.channels().get("PHONE").value()).isNull();
        assertThat(may.channels().get("API").value()).isNull();
    }

    @Test
    void aServiceWithEnoughOfEverythingIsPublishedWhole() {
        OpenStatistics bins = of(openData.month(MAY), data.bins);
        assertThat(shown(bins)).containsEntry("requests", "10").containsEntry("channel_web", "10")
                .containsEntry("channel_phone", "0").containsEntry("within_target_percent", "100")
                .containsEntry("outcomes", "10").containsEntry("outcome_service_provided", "10")
                .containsEntry("satisfaction_answers", "10").containsEntry("satisfied_percent", "100");
        assertThat(bins.suppressed()).isEmpty();
    }

    @Test
    void monthsAreLondonsSoTheEdgesOfMayInSummerTimeFallTheRightWay() {
        OpenStatistics june = of(openData.month(YearMonth.of(2026, 6)), data.potholes);
        assertThat(shown(june)).containsEntry("requests", "[c]").containsEntry("channel_web", "[c]")
                .containsEntry("within_target_percent", "[c]").containsEntry("outcomes", "[c]")
                .containsEntry("outcome_fixed", "[c]").containsEntry("satisfaction_answers", "0")
                .containsEntry("satisfied_percent", "[z]");
        assertThat(june.satisfiedPercent().suppressed()).isFalse();
        assertThat(shown(of(openData.month(YearMonth.of(2026, 4)), data.potholes))).containsEntry("requests", "[c]");
        assertThat(openData.month(YearMonth.of(2026, 4))).noneMatch(row -> row.serviceId().equals(data.bins));
    }

    @Test
    void aMonthIsPublishedOnlyOnceItHasEnded() {
        assertThatThrownBy(() -> openData.month(YearMonth.now(java.time.ZoneId.of("Europe/London"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(openData.published()).extracting(OpenStatistics::month).allMatch(month ->
                month.isBefore(YearMonth.now(java.time.ZoneId.of("Europe/London"))));
    }

    private InsightFixture.Case pothole(String channel) {
        return data.in(data.highwaysQueue, data.potholes).channel(channel);
    }

    private void rated(String reference, String service, int score, String at) {
        jdbc.update("insert into satisfaction_answer (reference, service_id, score, answered_at) values (?, ?, ?, ?)",
                reference, service, score, Timestamp.from(Instant.parse(at)));
        satisfaction.count(new SatisfactionRated(reference, service, score, false, Instant.parse(at)));
    }

    private static OpenStatistics of(List<OpenStatistics> rows, String service) {
        return rows.stream().filter(row -> row.serviceId().equals(service)).findFirst().orElseThrow();
    }

    private static Map<String, String> shown(OpenStatistics row) {
        Map<String, String> cells = new LinkedHashMap<>();
        row.cells().forEach((name, cell) -> cells.put(name, cell.csv()));
        return cells;
    }

    private static Map.Entry<String, String> entry(String name, String text) {
        return Map.entry(name, text);
    }
}
