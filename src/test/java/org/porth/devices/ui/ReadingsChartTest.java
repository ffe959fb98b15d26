package org.porth.devices.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.porth.devices.Reading;
import org.porth.shared.Language;
import org.porth.shared.Translations;

/** The server-drawn chart says in words what it shows, marks every reading, and never lets a device's text become markup. */
class ReadingsChartTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void itIsAnImageWithATitleAndADescriptionInWordsAndADotOnEachReading() {
        List<Reading> readings = ReadingsChart.ofLatestMetric(List.of(
                new Reading(NINE.plusSeconds(1800), "relative-humidity", 78.5, "%"),
                new Reading(NINE.plusSeconds(900), "temperature", 19, "C"),
                new Reading(NINE, "relative-humidity", 62, "%")));

        String svg = svg(new ReadingsChart(readings, "Relative humidity", UK, Language.ENGLISH, ReadingsChartTest::english));

        assertThat(readings).extracting(Reading::value).as("one metric, oldest first").containsExactly(62.0, 78.5);
        assertThat(svg).contains("role=\"img\"", "aria-labelledby=\"readings-chart-title readings-chart-desc\"",
                "<title id=\"readings-chart-title\">Relative humidity: the last 2 readings</title>",
                ">From 62 % at ", " to 78.5 % at ", "Lowest 62 %, highest 78.5 %. The same readings are in the table.</desc>",
                ">78.5 %</text>", ">62 %</text>");
        assertThat(svg.split("<circle").length - 1).isEqualTo(2);
    }

    @Test
    void aDevicesUnitIsTextNotMarkup() {
        String svg = svg(new ReadingsChart(List.of(new Reading(NINE, "x", 1, "<script>")), "x", UK, Language.ENGLISH,
                ReadingsChartTest::english));

        assertThat(svg).doesNotContain("<script>").contains("1 &lt;script&gt;");
    }

    private static String english(String key, Object[] parameters) {
        return Translations.get(Language.ENGLISH, key, parameters);
    }

    private static String svg(ReadingsChart chart) {
        return chart.getElement().getProperty("innerHTML");
    }
}
