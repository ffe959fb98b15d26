package org.porth.insight.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;

/**
 * A horizontal bar chart drawn on the server as SVG: one bar per row, split into up to three
 * series, each series with its own pattern (solid, hatched, dotted) as well as its shade, and every
 * bar's numbers written beside it, so nothing is said by colour alone. A title and a description
 * say what it shows; the same numbers are in the table next to it.
 */
final class BarChart extends Div {

    private static final int WIDTH = 640;
    private static final int LABEL = 200;
    private static final int NUMBERS = 150;
    private static final int ROW = 28;
    private static final int LEGEND = 30;
    private static final String[] FILLS = {"currentColor", "url(#%s-hatched)", "url(#%s-dotted)"};

    /** One bar: its label, its series' values, and the words beside it. */
    record Bar(String label, long[] values, String text) {
    }

    BarChart(String id, String title, String description, List<String> series, List<Bar> bars) {
        addClassName("porth-chart");
        setId(id);
        long most = Math.max(1, bars.stream().mapToLong(bar -> java.util.Arrays.stream(bar.values()).sum()).max().orElse(1));
        int height = LEGEND + Math.max(1, bars.size()) * ROW + 10;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" focusable=\"false\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>")
                .append(patterns(id)).append("<g fill=\"currentColor\" font-size=\"13\">");
        for (int s = 0; s < series.size(); s++) {
            int x = LABEL + s * 150;
            svg.append(rect(x, 6, 16, 16, fill(id, s))).append(text(x + 22, 19, "start", series.get(s)));
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = LEGEND + i * ROW;
            svg.append(text(LABEL - 8, y + 17, "end", shorten(bar.label())));
            double x = LABEL;
            for (int s = 0; s < bar.values().length; s++) {
                double width = (WIDTH - LABEL - NUMBERS) * bar.values()[s] / (double) most;
                svg.append(rect(x, y + 4, width, ROW - 8, fill(id, s)));
                x += width;
            }
            svg.append(text((int) x + 6, y + 17, "start", bar.text()));
        }
        svg.append("</g></svg>");
        getElement().setProperty("innerHTML", svg.toString());
    }

    private static String fill(String id, int series) {
        return FILLS[series % FILLS.length].formatted(id);
    }

    /** Hatching and dots that show on a printout and to people who cannot tell the shades apart. */
    private static String patterns(String id) {
        return "<defs><pattern id=\"" + id + "-hatched\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\" stroke=\"currentColor\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"currentColor\" stroke-width=\"3\"/></pattern>"
                + "<pattern id=\"" + id + "-dotted\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#ffffff\" stroke=\"currentColor\" stroke-width=\"0.5\"/>"
                + "<circle cx=\"3\" cy=\"3\" r=\"1.5\" fill=\"currentColor\"/></pattern></defs>";
    }

    private static String rect(double x, double y, double width, double height, String fill) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"currentColor\"/>",
                x, y, width, height, fill);
    }

    private static String text(int x, int y, String anchor, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\">" + escape(content) + "</text>";
    }

    private static String shorten(String label) {
        return label.length() > 26 ? label.substring(0, 25) + "…" : label;
    }

    /** Service and team names come from configuration: nothing in them may become markup. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
