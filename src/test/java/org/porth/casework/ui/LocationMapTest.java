package org.porth.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.porth.casework.CasePlace;
import org.porth.casework.CaseStatus;
import org.porth.casework.GeoPoint;
import org.porth.casework.PossibleDuplicate;
import org.porth.catalogue.Text;
import org.porth.gazetteer.Street;

/** The map is drawn north up around the problem, with every name escaped. */
class LocationMapTest {

    private static final GeoPoint PROBLEM = new GeoPoint(51.600689, -3.895022);

    @Test
    void theProblemIsInTheMiddleAndACaseThirtyMetresNorthIsFortyPixelsAbove() {
        PossibleDuplicate north = new PossibleDuplicate("PTH-AAAA-AAAA", new Text("Pothole", "Twll"), new Text("", ""),
                CaseStatus.SUBMITTED, PROBLEM.moved(0, 30), 30);

        String svg = LocationMap.svg(new CasePlace("Stryd Fawr, Porth", PROBLEM, List.of(), List.of(north)), "Map", "50 m");

        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "<title id=\"case-map-title\">Map</title>",
                "<circle cx=\"200\" cy=\"150\" r=\"7\"", "<circle cx=\"200.0\" cy=\"110.0\" r=\"9\"", ">1</text>",
                "r=\"66.7\"", ">50 m</text>");
    }

    @Test
    void namesFromTheGazetteerAndTheTitleCannotAddMarkup() {
        Street street = new Street("1", "Cae'r <script>alert(1)</script> & Co", "Porth", "Castell",
                PROBLEM.latitude(), PROBLEM.longitude());

        String svg = LocationMap.svg(new CasePlace("x", PROBLEM, List.of(street), List.of()), "Map of \"<b>\"", "50 m");

        assertThat(svg).doesNotContain("<script>", "<b>")
                .contains("Cae&#39;r &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", "Map of &quot;&lt;b&gt;&quot;");
    }
}
