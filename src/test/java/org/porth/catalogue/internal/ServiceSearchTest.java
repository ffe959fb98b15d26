package org.porth.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.shared.Language;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Residents find the built-in services by the words they would use, in English or in Welsh. */
class ServiceSearchTest {

    private static final List<ServiceDefinition> SERVICES = Definitions.read(
            new DefinitionFiles(new CatalogueProperties(null), new PathMatchingResourcePatternResolver()))
            .services().stream().map(Definitions.Read::definition)
            .filter(service -> service.channels().contains(Channel.WEB)).toList(); // what residents search, as the catalogue

    private final ServiceSearch<ServiceDefinition> search = ServiceSearch.ofServices(SERVICES, Synonyms.builtIn());

    @Test
    void binFindsTheWasteServicesFirst() {
        // in a name, then in keywords, then in summaries: moving home updates "your Council Tax, bins and ..."
        assertThat(find("bin")).containsExactly("missed-bin", "garden-waste", "bulky-waste", "moving-home");
    }

    @Test
    void welshWordsFindTheWasteServicesToo() {
        assertThat(find("sbwriel")).containsExactlyInAnyOrder("missed-bin", "bulky-waste");
        assertThat(find("gwastraff")).containsExactlyInAnyOrder("missed-bin", "bulky-waste", "garden-waste");
        assertThat(find("ailgylchu")).containsExactly("missed-bin");
    }

    @Test
    void caseAccentsAndWordEndingsDoNotMatter() {
        assertThat(find("BIN")).isEqualTo(find("bin"));
        assertThat(find("recyc")).containsExactly("missed-bin");
        // "tŷ" typed without its circumflex
        assertThat(find("symud ty")).containsExactly("moving-home");
    }

    @Test
    void pluralsFindWhatTheirSingularFinds() {
        assertThat(find("potholes")).containsExactly("pothole");
        assertThat(find("street lights")).containsExactly("street-light");
        assertThat(find("biniau")).isEqualTo(find("bin"));
        assertThat(find("strydoedd tywyll")).containsExactly("street-light");
    }

    @Test
    void commonMisspellingsAndOtherWordsFindTheService() {
        assertThat(find("pot holes")).containsExactly("pothole");
        assertThat(find("pothols")).containsExactly("pothole");
        assertThat(find("rubish")).isEqualTo(find("rubbish"));
        assertThat(find("streetlight")).containsExactly("street-light");
        assertThat(find("sidewalk")).contains("pothole");
        assertThat(find("ysbwriel")).isEqualTo(find("sbwriel"));
        assertThat(find("hewl")).contains("pothole");
    }

    /** What a service books (a register office, a collection round) finds the service, in English and Welsh. */
    @Test
    void theServicesThatBookThingsAreFoundByWhatTheyBook() {
        assertThat(find("registry office appointment")).containsExactly("register-birth");
        assertThat(find("register office booking")).containsExactly("register-birth");
        assertThat(find("apwyntiad swyddfa gofrestru")).containsExactly("register-birth");
        assertThat(find("book bulky waste collection")).containsExactly("bulky-waste");
        assertThat(find("archebu casgliad gwastraff swmpus")).containsExactly("bulky-waste");
    }

    @Test
    void aWelshWordIsFoundInItsMutatedForm() {
        // the Welsh name says "y Dreth Gyngor"
        assertThat(find("treth cyngor")).first().isEqualTo("single-person-discount");
    }

    @Test
    void everyWordMustMatch() {
        assertThat(find("missed bin")).containsExactly("missed-bin");
        assertThat(find("pothole sofa")).isEmpty();
    }

    @Test
    void nameMatchesComeBeforeKeywordMatchesBeforeSummaryMatches() {
        // "waste" is in the names of two services, in the keywords of the missed bin service only
        assertThat(find("waste")).startsWith("bulky-waste", "garden-waste").contains("missed-bin")
                .endsWith("missed-bin");
        // "pothole" is in the name of one service; "road" in its keywords and in the street light's summary
        assertThat(find("pothole")).containsExactly("pothole");
    }

    @Test
    void equallyGoodMatchesAreInNameOrderForTheLanguage() {
        assertThat(search.find("apply", NameOrder.of(Language.ENGLISH))).extracting(ServiceDefinition::id)
                .startsWith("blue-badge", "single-person-discount", "school-place");
    }

    @Test
    void noWordsFindNothing() {
        assertThat(find("")).isEmpty();
        assertThat(find("   ")).isEmpty();
        assertThat(find(null)).isEmpty();
        assertThat(find("the a i'r")).isEmpty();
    }

    /** Quotes, SQL, wildcards, backslashes, markup, emoji and 20,000 characters are words or nothing. */
    @Test
    void whateverIsTypedIsTakenAsWords() {
        for (String punctuation : List.of("%", "_", "\\", "'", "\"", "--", ";", "😀", "\u0000")) {
            assertThat(find("bin" + punctuation)).as("bin%s", punctuation).isEqualTo(find("bin"));
        }
        assertThat(find("' OR 1=1 --")).isEqualTo(find("or 1 1"));
        for (String hostile : List.of("%%", "<script>alert(1)</script>", "'; drop table service; --",
                "a".repeat(20_000), "bin ".repeat(5_000) + "zzz")) {
            assertThat(find(hostile)).as(hostile.substring(0, Math.min(hostile.length(), 40))).isEmpty();
        }
    }

    private List<String> find(String words) {
        return search.find(words, NameOrder.of(Language.ENGLISH)).stream().map(ServiceDefinition::id).toList();
    }
}
