package org.porth.gazetteer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.porth.gazetteer.Address;
import org.porth.gazetteer.Gazetteer;
import org.porth.gazetteer.Street;
import org.porth.shared.Postcode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo gazetteer as the portal loads it at start-up into a fresh H2 database (PostgreSQL mode),
 * looked up the way the address and location questions do. Each test's changes are rolled back.
 */
@JdbcTest(properties = "spring.flyway.enabled=true")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({LocalGazetteer.class, GazetteerTables.class, GazetteerLoader.class})
@EnableConfigurationProperties(GazetteerProperties.class)
class LocalGazetteerTest {

    @Autowired
    private Gazetteer gazetteer;
    @Autowired
    private GazetteerLoader loader;
    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:gazetteer-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Test
    void aPostcodeListsItsAddressesAsAResidentScansThem() {
        List<String> addresses = lines(gazetteer.byPostcode(new Postcode("PT2 1YG")));

        assertThat(addresses).hasSizeBetween(15, 30).containsSubsequence(
                "Flat 1, Llys yr Afon, 2 Heol Glan yr Afon", "Flat 2, Llys yr Afon, 2 Heol Glan yr Afon",
                "Flat 9, Llys yr Afon, 2 Heol Glan yr Afon", "Flat 10, Llys yr Afon, 2 Heol Glan yr Afon",
                "Flat 12, Llys yr Afon, 2 Heol Glan yr Afon", "4 Heol Glan yr Afon", "6 Heol Glan yr Afon",
                "8 Heol Glan yr Afon", "10 Heol Glan yr Afon", "16 Heol Glan yr Afon",
                "1 Rhodfa'r Afon", "2 Rhodfa'r Afon");
    }

    @Test
    void housesAndFlatsAndBusinessesOfAStreetComeInNumberOrder() {
        List<String> addresses = lines(gazetteer.byPostcode(new Postcode("PT1 1ZJ")));

        assertThat(addresses).containsSubsequence("Flat 1, 14 Stryd Fawr", "Flat 2, 14 Stryd Fawr",
                "Flat 3, 14 Stryd Fawr", "Evans & Daughters Hardware, 15 Stryd Fawr", "Flat 1, 16 Stryd Fawr",
                "Flat 2, 16 Stryd Fawr", "17 Stryd Fawr", "20 Stryd Fawr");
    }

    @Test
    void aPointIsMatchedToTheNearestStreetByItsOwnPositionOrItsAddressesAndNothingFarAway() {
        assertThat(gazetteer.nearestStreet(51.600689, -3.895022)).get().extracting(Street::name, Street::ward)
                .containsExactly("Stryd Fawr", "Castell");
        assertThat(gazetteer.nearestStreet(51.598540, -3.899700)).get().extracting(Street::name)
                .isEqualTo("Stryd y Farchnad");
        assertThat(gazetteer.nearestStreet(51.4816, -3.1791)).as("Cardiff, outside the council's area").isEmpty();
    }

    @Test
    void theCouncilOfficesAreAtCountyHall() {
        Address countyHall = gazetteer.byPostcode(Postcode.parse("pt11aa").orElseThrow()).stream()
                .filter(address -> address.lines().contains("County Hall")).findFirst().orElseThrow();

        assertThat(countyHall.singleLine()).isEqualTo("Porth County Council, County Hall, Heol y Castell, Porth, PT1 1AA");
        assertThat(countyHall.ward()).isEqualTo("Castell");
        assertThat(countyHall.uprn()).hasSize(12).containsOnlyDigits();
        assertThat(gazetteer.byUprn(countyHall.uprn())).contains(countyHall);
        assertThat(gazetteer.byUprn(" " + countyHall.uprn() + " ")).contains(countyHall);
    }

    @Test
    void aPostcodeWithNoAddressesHasNone() {
        assertThat(gazetteer.byPostcode(new Postcode("PT9 9ZZ"))).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"999999999999", "1001004120011", "abc", "1 or 1=1", "../etc/passwd", "%"})
    void anythingButAKnownUprnFindsNothing(String uprn) {
        assertThat(gazetteer.byUprn(uprn)).isEmpty();
    }

    @Test
    void streetsAreFoundByTheStartOfTheirWordsWithoutAccentsOrCapitals() {
        assertThat(names(gazetteer.streets("glyndwr"))).containsExactly("Heol Glyndŵr");
        assertThat(names(gazetteer.streets("STAT ro"))).containsExactly("Station Road");
        assertThat(names(gazetteer.streets("caer"))).containsExactly("Cae'r Ffynnon");
        assertThat(names(gazetteer.streets("ty coch"))).containsExactly("Ffordd Tŷ Coch");
        assertThat(names(gazetteer.streets("afon"))).containsExactly("Heol Glan yr Afon", "Llwybr yr Afon", "Rhodfa'r Afon");
        assertThat(names(gazetteer.streets("lôn"))).containsExactly("Lôn Las", "Lôn y Bont", "Lôn y Mynydd", "Lôn Ysgubor");
    }

    @Test
    void streetsStartingWithTheWordComeFirst() {
        assertThat(names(gazetteer.streets("p"))).containsExactly("Park Avenue", "Pen-y-bryn Road",
                "Ffordd Osgoi Porth", "Ffordd Penlan", "Heol y Parc");
    }

    @Test
    void aWordInsideAnotherWordDoesNotMatch() {
        assertThat(gazetteer.streets("astell")).isEmpty();
    }

    @Test
    void aVagueSearchIsCutShort() {
        assertThat(gazetteer.streets("y")).hasSize(LocalGazetteer.MOST_STREETS);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "'-,", "%", "_"})
    void noWordsFindNoStreets(String words) {
        assertThat(gazetteer.streets(words)).isEmpty();
    }

    @Test
    void aStreetIsFoundByItsUsrn() {
        Street station = gazetteer.streets("station road").getFirst();

        assertThat(gazetteer.byUsrn(station.usrn())).contains(station);
        assertThat(station.town()).isEqualTo("Porth");
        assertThat(station.ward()).isEqualTo("De Porth");
        assertThat(gazetteer.byUsrn("99999999")).isEmpty();
        assertThat(gazetteer.byUsrn("' or ''='")).isEmpty();
    }

    @Test
    void streetsWithoutAddressesCanBeFoundForReportingAProblem() {
        Street bypass = gazetteer.streets("ffordd osgoi").getFirst();

        assertThat(bypass.name()).isEqualTo("Ffordd Osgoi Porth");
        assertThat(count("select count(*) from gazetteer_address where usrn = ?", bypass.usrn())).isZero();
    }

    @Test
    void theDemoGazetteerIsAPlausibleCountyTown() {
        assertThat(count("select count(*) from gazetteer_street")).isBetween(35L, 45L);
        assertThat(count("select count(*) from gazetteer_address")).isBetween(280L, 350L);
        assertThat(jdbc.sql("select distinct ward from gazetteer_address").query(String.class).list())
                .containsExactlyInAnyOrder("Castell", "Glan-yr-afon", "Gogledd Porth", "De Porth", "Maes-y-coed", "Pen-y-bryn");
        List<Map<String, Object>> postcodes = jdbc.sql("select postcode, count(*) as addresses from gazetteer_address group by postcode")
                .query().listOfRows();
        assertThat(postcodes).hasSizeGreaterThanOrEqualTo(10).allSatisfy(postcode -> {
            assertThat(((Number) postcode.get("addresses")).intValue()).as("%s", postcode).isBetween(15, 30);
            assertThat(postcode.get("postcode").toString()).matches("PT[1-5] \\d[A-Z]{2}");
        });
        assertThat(count("select count(*) from gazetteer_address where latitude not between 51.58 and 51.62"
                + " or longitude not between -3.93 and -3.87")).as("addresses outside the town").isZero();
        assertThat(count("select count(*) from gazetteer_address where sub_building like 'Flat %'")).isGreaterThan(10);
        assertThat(count("select count(*) from gazetteer_address where organisation is not null")).isGreaterThan(10);
    }

    @Test
    void aGazetteerAlreadyInTheTablesIsLeftAlone() {
        long addresses = count("select count(*) from gazetteer_address");

        loader.run(new DefaultApplicationArguments());

        assertThat(count("select count(*) from gazetteer_address")).isEqualTo(addresses);
    }

    @Test
    void streetsLoadedStraightIntoTheTableBecomeSearchableAtStartUp() {
        jdbc.sql("insert into gazetteer_street (usrn, name, town, ward, latitude, longitude)"
                + " values ('32799999', 'Rhodfa Gŵyr', 'Porth', 'De Porth', 51.59, -3.9)").update();

        loader.run(new DefaultApplicationArguments());

        assertThat(names(gazetteer.streets("gwyr"))).containsExactly("Rhodfa Gŵyr");
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static List<String> lines(List<Address> addresses) {
        return addresses.stream().map(address -> String.join(", ", address.lines())).toList();
    }

    private static List<String> names(List<Street> streets) {
        return streets.stream().map(Street::name).toList();
    }
}
