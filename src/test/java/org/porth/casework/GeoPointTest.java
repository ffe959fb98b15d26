package org.porth.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Distances on the ground between gazetteer points. */
class GeoPointTest {

    private static final GeoPoint COUNTY_HALL = new GeoPoint(51.602830, -3.899243);

    @Test
    void aPointMovedSoManyMetresIsThatFarAway() {
        assertThat(COUNTY_HALL.metresTo(COUNTY_HALL.moved(0, 30))).isCloseTo(30, within(0.01));
        assertThat(COUNTY_HALL.metresTo(COUNTY_HALL.moved(80, 0))).isCloseTo(80, within(0.01));
        assertThat(COUNTY_HALL.metresTo(COUNTY_HALL.moved(30, 40))).isCloseTo(50, within(0.01));
    }

    @Test
    void aDegreeOfLatitudeIsAbout111Kilometres() {
        assertThat(new GeoPoint(51, -3.9).metresTo(new GeoPoint(52, -3.9))).isCloseTo(111_195, within(1.0));
    }
}
