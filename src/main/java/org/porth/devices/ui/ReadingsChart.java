package org.porth.devices.ui;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import com.vaadin.flow.component.html.Div;
import org.porth.devices.Reading;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/**
 * A small line chart of one metric's readings, drawn on the server as SVG (no chart library, no
 * script): an image with a title and a description that say what it shows in words, axis labels in
 * text, each reading marked by a dot as well as the line, so nothing is said by colour alone. The
 * same readings are in the table beside it.
 */
final class ReadingsChart extends Div {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 220;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 15;
    private static final int BOTTOM = 40;

    /**
     * @param readings one metric's readings, oldest first, at least one
     * @param metric   the metric's name in the page's language
     * @param words    the page's translation (key, parameters)
     */
    ReadingsChart(List<Reading> readings, String metric, ZoneId zone, Language language, BiFunction<String, Object[], String> words) {
        addClassName("porth-chart");
        setId("readings-chart");
        Reading first = readings.getFirst();
        Reading last = readings.getLast();
        double lowest = readings.stream().mapToDouble(Reading::value).min().orElseThrow();
        double highest = readings.stream().mapToDouble(Reading::value).max().orElseThrow();
        String unit = first.unit();
        String title = words.apply("registry.chart.title", new Object[] {metric, readings.size()});
        String description = words.apply("registry.chart.description", new Object[] {number(first.value(), unit),
                DateText.format(first.observedAt(), zone, language), number(last.value(), unit),
                DateText.format(last.observedAt(), zone, language), number(lowest, unit), number(highest, unit)});
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"readings-chart-title readings-chart-desc\" focusable=\"false\">")
                .append("<title id=\"readings-chart-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"readings-chart-desc\">").append(escape(description)).append("</desc>");
        axes(svg, lowest, highest, unit, DateText.format(first.observedAt(), zone, language),
                DateText.format(last.observedAt(), zone, language));
        line(svg, readings, lowest, highest);
        svg.append("</svg>");
        getElement().setProperty("innerHTML", svg.toString());
    }

    /** The readings of the most recent reading's metric, oldest first. */
    static List<Reading> ofLatestMetric(List<Reading> newestFirst) {
        String metric = newestFirst.getFirst().metric();
        return newestFirst.stream().filter(reading -> reading.metric().equals(metric))
                .sorted(Comparator.comparing(Reading::observedAt)).toList();
    }

    private static void axes(StringBuilder svg, double lowest, double highest, String unit, String from, String to) {
        int bottom = HEIGHT - BOTTOM;
        svg.append("<g class=\"porth-chart__axes\" stroke=\"currentColor\" stroke-width=\"1\">")
                .append(lineElement(LEFT, TOP, LEFT, bottom)).append(lineElement(LEFT, bottom, WIDTH - RIGHT, bottom))
                .append("</g><g class=\"porth-chart__labels\" fill=\"currentColor\" font-size=\"13\">")
                .append(text(LEFT - 6, TOP + 5, "end", number(highest, unit)))
                .append(text(LEFT - 6, bottom, "end", number(lowest, unit)))
                .append(text(LEFT, HEIGHT - 12, "start", from))
                .append(text(WIDTH - RIGHT, HEIGHT - 12, "end", to))
                .append("</g>");
    }

    private static void line(StringBuilder svg, List<Reading> readings, double lowest, double highest) {
        long start = readings.getFirst().observedAt().toEpochMilli();
        long span = Math.max(1, readings.getLast().observedAt().toEpochMilli() - start);
        double range = highest - lowest == 0 ? 1 : highest - lowest;
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (Reading reading : readings) {
            double x = readings.size() == 1 ? (LEFT + WIDTH - RIGHT) / 2.0
                    : LEFT + (WIDTH - LEFT - RIGHT) * (reading.observedAt().toEpochMilli() - start) / (double) span;
            double y = TOP + (HEIGHT - TOP - BOTTOM) * (highest - reading.value()) / range;
            points.append(format(x)).append(',').append(format(y)).append(' ');
            dots.append("<circle cx=\"").append(format(x)).append("\" cy=\"").append(format(y)).append("\" r=\"3\"/>");
        }
        svg.append("<polyline class=\"porth-chart__line\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" points=\"")
                .append(points.toString().strip()).append("\"/><g class=\"porth-chart__dots\" fill=\"currentColor\">")
                .append(dots).append("</g>");
    }

    private static String lineElement(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\"/>";
    }

    private static String text(int x, int y, String anchor, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\">" + escape(content) + "</text>";
    }

    /** "78.5 %": a reading with its unit, as the table writes it. */
    static String number(double value, String unit) {
        String shown = value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
        return unit == null || unit.isBlank() ? shown : shown + " " + unit;
    }

    private static String format(double coordinate) {
        return String.format(Locale.ROOT, "%.1f", coordinate);
    }

    /** Readings, metrics and units come from devices: nothing in them may become markup. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
