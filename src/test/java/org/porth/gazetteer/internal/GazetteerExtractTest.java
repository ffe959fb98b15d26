package org.porth.gazetteer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** A council's extract is checked before it reaches the tables, each mistake named with its line. */
class GazetteerExtractTest {

    private static final String STREETS = "usrn,name,town,ward,latitude,longitude\n32710042,Stryd Fawr,Porth,Castell,51.6,-3.9\n";
    private static final String HEADER = "uprn,usrn,organisation,sub_building,building_name,building_number,postcode,ward,latitude,longitude\n";

    @Test
    void postcodesAreKeptInTheirStandardForm() {
        GazetteerExtract extract = read(HEADER + "100100412001,32710042,,,,3,pt11zj,Castell,51.6,-3.9\n");

        assertThat(extract.addresses()).singleElement().satisfies(address -> {
            assertThat(address.postcode().value()).isEqualTo("PT1 1ZJ");
            assertThat(address.street()).isEqualTo("Stryd Fawr");
            assertThat(address.town()).isEqualTo("Porth");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1001004120011,32710042,,,,3,PT1 1ZJ,Castell,51.6,-3.9|line 2: uprn 1001004120011 is not",
            "100100412001,99999999,,,,3,PT1 1ZJ,Castell,51.6,-3.9|line 2: USRN 99999999 is not in the streets file",
            "100100412001,32710042,,,,3,PT1 1CJ,Castell,51.6,-3.9|line 2: postcode PT1 1CJ is not a UK postcode",
            "100100412001,32710042,,,,,PT1 1ZJ,Castell,51.6,-3.9|line 2: no building number, building name or organisation",
            "100100412001,32710042,,,,3,PT1 1ZJ,,51.6,-3.9|line 2: no ward",
            "100100412001,32710042,,,,3,PT1 1ZJ,Castell,91,-3.9|line 2: latitude 91 is not a number from -90 to 90",
            "100100412001,32710042,,,,3,PT1 1ZJ,Castell,51.6,west|line 2: longitude west is not a number"})
    void aWrongAddressStopsTheLoadNamingTheLine(String row, String problem) {
        assertThatIllegalStateException().isThrownBy(() -> read(HEADER + row + "\n"))
                .withMessageContaining("addresses.csv").withMessageContaining(problem);
    }

    @Test
    void aUprnMayAppearOnlyOnce() {
        String row = "100100412001,32710042,,,,3,PT1 1ZJ,Castell,51.6,-3.9\n";

        assertThatIllegalStateException().isThrownBy(() -> read(HEADER + row + row))
                .withMessageContaining("UPRN 100100412001 appears twice");
    }

    @Test
    void theDemoGazetteerIsValid() {
        GazetteerExtract extract = GazetteerExtract.read(new ClassPathResource("gazetteer/streets.csv"),
                new ClassPathResource("gazetteer/addresses.csv"));

        assertThat(extract.streets()).hasSizeBetween(35, 45);
        assertThat(extract.addresses()).hasSizeBetween(280, 350);
    }

    private static GazetteerExtract read(String addresses) {
        return GazetteerExtract.read(new ByteArrayResource(STREETS.getBytes(StandardCharsets.UTF_8), "streets.csv"),
                new ByteArrayResource(addresses.getBytes(StandardCharsets.UTF_8), "addresses.csv"));
    }
}
