package org.porth.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.forms.Forms.check;
import static org.porth.forms.Forms.english;
import static org.porth.forms.Forms.fields;
import static org.porth.forms.Forms.question;
import static org.porth.forms.Forms.welsh;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;

/** Addresses (from the gazetteer or typed in) and locations (a property, a street, or a position). */
class PlaceAnswersTest {

    private final Question home = question("home", QuestionType.ADDRESS).name("your address", "eich cyfeiriad").build();
    private final Question where = question("where", QuestionType.LOCATION)
            .name("where the pothole is", "ble mae'r twll yn y ffordd").maxLength(20).build();

    @Test
    void aGazetteerAddressIsStoredAsTheGazetteerHasIt() {
        Answer stored = check(home, fields("uprn", " 100023336956 ", "line1", "typed over")).answer().orElseThrow();

        assertThat(stored.fields()).isEqualTo(Map.of("uprn", List.of("100023336956"), "line1", List.of("Flat 2"),
                "line2", List.of("14 Heol y Castell"), "town", List.of("Porth"), "postcode", List.of("CF10 1EP"),
                "ward", List.of("Castell")));
    }

    @Test
    void aUprnTheGazetteerDoesNotHaveIsRefused() {
        AnswerCheck check = check(home, fields("uprn", "999"));

        assertThat(english(check)).containsExactly("Select your address from the list");
        assertThat(welsh(check)).containsExactly("Dewiswch eich cyfeiriad o'r rhestr");
        assertThat(check.errors().getFirst().field()).isEqualTo("uprn");
    }

    @Test
    void aTypedAddressIsTrimmedWithItsPostcodeInStandardForm() {
        Answer stored = check(home, fields("line1", " 1 Lôn Las ", "line2", "", "town", "Porth ", "postcode", "cf10 1ep"))
                .answer().orElseThrow();

        assertThat(stored.fields()).isEqualTo(Map.of("line1", List.of("1 Lôn Las"), "town", List.of("Porth"),
                "postcode", List.of("CF10 1EP")));
    }

    @Test
    void aTypedAddressSaysEveryMissingPartAtOnce() {
        AnswerCheck check = check(home, fields("line2", "Flat 3", "postcode", "CF10"));

        assertThat(check.errors()).extracting(FieldError::field).containsExactly("line1", "town", "postcode");
        assertThat(english(check)).containsExactly(
                "Enter address line 1 for your address, usually the building and street",
                "Enter the town or city for your address",
                "Enter a full UK postcode for your address, like CF10 1EP");
        assertThat(welsh(check)).containsExactly(
                "Rhowch linell 1 y cyfeiriad ar gyfer eich cyfeiriad, sef yr adeilad a'r stryd fel arfer",
                "Rhowch y dref neu'r ddinas ar gyfer eich cyfeiriad",
                "Rhowch god post llawn yn y DU ar gyfer eich cyfeiriad, fel CF10 1EP");
    }

    @Test
    void nothingEnteredAsksForTheAddress() {
        assertThat(english(check(home, fields("line1", " ", "town", "")))).containsExactly("Enter your address");
    }

    @Test
    void aPropertyAsALocationKeepsItsAddressAndPosition() {
        Answer stored = check(where, fields("uprn", "100023336957", "description", "")).answer().orElseThrow();

        assertThat(stored.fields()).isEqualTo(Map.of("uprn", List.of("100023336957"), "line1", List.of("3 Stryd Fawr"),
                "town", List.of("Porth"), "postcode", List.of("CF10 1EP"), "ward", List.of("Canol"),
                "latitude", List.of("51.48"), "longitude", List.of("-3.18")));
    }

    @Test
    void aStreetGivenWithItsExactPointKeepsThePointAndAPointOutsideTheUkIsTheStreets() {
        Answer pointed = check(where, fields("usrn", "12345678", "description", "by the bus stop",
                "latitude", "51.48123", "longitude", "-3.18011")).answer().orElseThrow();
        assertThat(pointed.values("latitude")).containsExactly("51.48123");
        assertThat(pointed.values("longitude")).containsExactly("-3.18011");
        assertThat(pointed.values("ward")).containsExactly("Canol");

        Answer far = check(where, fields("usrn", "12345678", "description", "by the bus stop",
                "latitude", "12.5", "longitude", "-3.18011")).answer().orElseThrow();
        assertThat(far.values("latitude")).containsExactly("51.4801");
    }

    @Test
    void aStreetNeedsADescriptionOfTheSpot() {
        Answer stored = check(where, fields("usrn", "12345678", "description", " by the post box ")).answer().orElseThrow();
        assertThat(stored.fields()).isEqualTo(Map.of("usrn", List.of("12345678"), "street", List.of("Stryd Fawr"),
                "town", List.of("Porth"), "ward", List.of("Canol"), "description", List.of("by the post box"),
                "latitude", List.of("51.4801"), "longitude", List.of("-3.1802")));

        AnswerCheck undescribed = check(where, fields("usrn", "12345678"));
        assertThat(english(undescribed)).containsExactly("Describe where the pothole is");
        assertThat(welsh(undescribed)).containsExactly("Disgrifiwch ble mae'r twll yn y ffordd");
        assertThat(undescribed.errors().getFirst().field()).isEqualTo("description");
    }

    @Test
    void theDescriptionHasALimit() {
        AnswerCheck check = check(where, fields("usrn", "12345678", "description", "a".repeat(21)));

        assertThat(english(check)).containsExactly("Where the pothole is must be 20 characters or fewer");
        assertThat(welsh(check)).containsExactly("Rhaid i'r ateb ar gyfer ble mae'r twll yn y ffordd fod yn 20 nod neu lai");
        assertThat(check.errors().getFirst().field()).isEqualTo("description");
    }

    @Test
    void anUnknownStreetOrPropertyIsRefused() {
        assertThat(english(check(where, fields("usrn", "1", "description", "here")))).containsExactly("Select where the pothole is from the list");
        assertThat(welsh(check(where, fields("uprn", "1")))).containsExactly("Dewiswch ble mae'r twll yn y ffordd o'r rhestr");
        assertThat(english(check(where, fields("description", "near the school")))).containsExactly("Select where the pothole is from the list");
    }

    @Test
    void aPositionFromTheApiMustBeInTheUk() {
        Answer stored = check(where, fields("latitude", "51.4816123456", "longitude", "-3.1791")).answer().orElseThrow();
        assertThat(stored.fields()).isEqualTo(Map.of("latitude", List.of("51.481612"), "longitude", List.of("-3.1791")));

        AnswerCheck paris = check(where, fields("latitude", "48.8566", "longitude", "2.3522"));
        assertThat(english(paris)).containsExactly("Where the pothole is must be a place in the UK");
        assertThat(welsh(paris)).containsExactly("Rhaid i'r ateb ar gyfer ble mae'r twll yn y ffordd fod yn lle yn y DU");
    }

    @ParameterizedTest
    @CsvSource({"51.5, '', longitude", "'', -3.1, latitude", "NaN, -3.1, latitude", "51.5, 0x1p1, longitude", "51.5, 2.0, longitude",
            "61, -3, latitude"})
    void aPositionNeedsBothNumbersWithinTheUk(String latitude, String longitude, String field) {
        AnswerCheck check = check(where, fields("latitude", latitude, "longitude", longitude));

        assertThat(check.valid()).isFalse();
        assertThat(check.errors().getFirst().field()).isEqualTo(field);
    }
}
