package org.porth.casework.ui;

import java.util.List;
import java.util.Locale;

import org.porth.casework.CaseLocations;
import org.porth.casework.CasePlace;
import org.porth.casework.GeoPoint;
import org.porth.casework.PossibleDuplicate;
import org.porth.gazetteer.Street;

/**
 * Draws the small map of a case's place as SVG, on the server, from the gazetteer's points: the
 * problem in the middle, the {@value CaseLocations#DUPLICATE_METRES} m circle around it, the possible
 * duplicates numbered as in the list beside it, the streets named, a scale bar, north up. Projected
 * flat around the problem (east and north in metres, equirectangular): at a few hundred metres
 * across it is within a metre of the ground. Every text drawn is escaped.
 */
final class LocationMap {

    static final int WIDTH = 400;
    static final int HEIGHT = 300;
    private static final double PIXELS_PER_METRE = WIDTH / (2.0 * CaseLocations.MAP_METRES);
    private static final String INK = "#0b0c0c";

    private LocationMap() {
    }

    /** @param title the map's text alternative, naming the place */
    static String svg(CasePlace place, String title, String scaleLabel) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                + " role=\"img\" aria-labelledby=\"case-map-title\" focusable=\"false\" class=\"porth-case-map\""
                + " style=\"width:100%%;max-width:%dpx;height:auto;border:1px solid #b1b4b6\">", WIDTH, HEIGHT, WIDTH));
        svg.append("<title id=\"case-map-title\">").append(escaped(title)).append("</title>");
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#f3f2f1\"/>", WIDTH, HEIGHT));
        for (Street street : place.streets()) {
            double[] at = at(place.point(), new GeoPoint(street.latitude(), street.longitude()));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#505a5f\"/>", at[0], at[1]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"%s\">%s</text>",
                    at[0] + 5, at[1] - 4, INK, escaped(street.name())));
        }
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"%.1f\" fill=\"none\" stroke=\"#1d70b8\""
                + " stroke-width=\"2\" stroke-dasharray=\"6 4\"/>", WIDTH / 2, HEIGHT / 2,
                CaseLocations.DUPLICATE_METRES * PIXELS_PER_METRE));
        List<PossibleDuplicate> duplicates = place.duplicates();
        for (int index = 0; index < duplicates.size(); index++) {
            double[] at = at(place.point(), duplicates.get(index).point());
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" fill=\"#1d70b8\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" font-weight=\"700\" fill=\"#ffffff\" text-anchor=\"middle\">%d</text>",
                    at[0], at[1], at[0], at[1] + 4, index + 1));
        }
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"7\" fill=\"#d4351c\" stroke=\"%s\""
                + " stroke-width=\"3\"/>", WIDTH / 2, HEIGHT / 2, INK));
        double bar = CaseLocations.DUPLICATE_METRES * PIXELS_PER_METRE;
        svg.append(String.format(Locale.ROOT, "<path d=\"M10 %d h%.1f\" stroke=\"%s\" stroke-width=\"3\"/>"
                + "<text x=\"10\" y=\"%d\" font-size=\"11\" fill=\"%s\">%s</text>", HEIGHT - 12, bar, INK, HEIGHT - 18, INK,
                escaped(scaleLabel)));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"13\" font-weight=\"700\" fill=\"%s\""
                + " text-anchor=\"middle\">N</text><path d=\"M%d 34 l5 -8 l5 8\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>",
                WIDTH - 20, INK, WIDTH - 25, INK));
        return svg.append("</svg>").toString();
    }

    /** Where the point falls on the map, x east and y south of the top left, in pixels. */
    private static double[] at(GeoPoint centre, GeoPoint point) {
        double east = Math.toRadians(point.longitude() - centre.longitude()) * GeoPoint.EARTH_RADIUS_METRES
                * Math.cos(Math.toRadians(centre.latitude()));
        double north = Math.toRadians(point.latitude() - centre.latitude()) * GeoPoint.EARTH_RADIUS_METRES;
        return new double[] {WIDTH / 2.0 + east * PIXELS_PER_METRE, HEIGHT / 2.0 - north * PIXELS_PER_METRE};
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
