package org.porth.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.porth.catalogue.OtherPage;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Topic;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A council adds and changes services in a folder of its own (porth.catalogue.location), without
 * rebuilding Porth; a mistake in any file stops start-up with every problem listed.
 */
class CouncilDefinitionsTest {

    @TempDir
    private Path folder;

    @Test
    void aCouncilsFileReplacesTheBuiltInServiceWithTheSameId() throws IOException {
        Files.writeString(folder.resolve("missed-bin.yaml"), TestDefinitions.text("valid").replace("id: valid", "id: missed-bin"));

        ServiceDefinition missedBin = read().services().stream().map(Definitions.Read::definition)
                .filter(service -> service.id().equals("missed-bin")).findFirst().orElseThrow();

        assertThat(missedBin.pages()).extracting(page -> page.id()).containsExactly("bin-type", "collection-date");
    }

    @Test
    void aCouncilAddsServicesAndTopics() throws IOException {
        Files.writeString(folder.resolve("fly-tipping.yaml"), TestDefinitions.text("valid")
                .replace("id: valid", "id: fly-tipping").replace("topics: [waste]", "topics: [environment]"));
        Files.writeString(folder.resolve("topics.yaml"), """
                - id: environment
                  name: {en: Environment, cy: Yr amgylchedd}
                  description: {en: Fly-tipping and litter., cy: Tipio anghyfreithlon a sbwriel.}
                - id: waste
                  name: {en: Bins, cy: Biniau}
                  description: {en: Collections., cy: Casgliadau.}
                """);

        Definitions.All all = read();

        assertThat(all.services()).extracting(read -> read.definition().id()).contains("fly-tipping", "missed-bin");
        // a topic the council redefines keeps its place; a new one comes after the built-in ones
        assertThat(all.topics()).extracting(Topic::id).startsWith("waste").endsWith("environment");
        assertThat(all.topics()).filteredOn(topic -> topic.id().equals("waste")).extracting(topic -> topic.name().cy())
                .containsExactly("Biniau");
    }

    @Test
    void aCouncilAddsOtherPagesSearchFindsAndReplacesBuiltInOnes() throws IOException {
        Files.writeString(folder.resolve("other-pages.yaml"), """
                - path: book/recycling-centre
                  name: {en: Book a tip visit, cy: Trefnu ymweliad â'r tip}
                  summary: {en: Choose a time., cy: Dewiswch amser.}
                - path: parking/permits
                  name: {en: Parking permits, cy: Trwyddedau parcio}
                  summary: {en: Apply on the old site., cy: Gwneud cais ar yr hen wefan.}
                  keywords: {en: [resident parking]}
                """);

        Definitions.All all = read();

        assertThat(all.otherPages()).extracting(OtherPage::path).containsExactly("book/recycling-centre", "parking/permits");
        assertThat(all.otherPages().getFirst().name().en()).isEqualTo("Book a tip visit");
        assertThat(all.services()).extracting(read -> read.definition().id()).doesNotContain("other-pages");
    }

    @Test
    void anOtherPageWithoutAPathOrWelshIsAProblem() throws IOException {
        Files.writeString(folder.resolve("other-pages.yaml"), """
                - name: {en: Parking permits}
                  summary: {en: Apply on the old site., cy: Gwneud cais ar yr hen wefan.}
                """);
        String location = folder.toString() + "/";

        assertThatThrownBy(this::read).isInstanceOfSatisfying(ServiceDefinitionException.class, e ->
                assertThat(e.problems()).containsExactly(location + "other-pages.yaml line 1: a page has no 'path'",
                        location + "other-pages.yaml line 1: 'name' in a page has no Welsh text ('cy')"));
    }

    @Test
    void everyProblemInEveryFileIsListedAndStopsStartUp() throws IOException {
        Files.writeString(folder.resolve("no-options.yaml"), TestDefinitions.text("no-options"));
        Files.writeString(folder.resolve("topics.yaml"), """
                - id: Parks
                  name: {en: Parks}
                  description: {en: Parks and play areas., cy: Parciau a mannau chwarae.}
                """);
        String location = folder.toString() + "/";

        assertThatThrownBy(this::read).isInstanceOfSatisfying(ServiceDefinitionException.class, e -> {
            assertThat(e.problems()).containsExactly(
                    location + "topics.yaml line 1: topic id 'Parks' must be lower-case letters, digits and hyphens,"
                            + " such as 'bin-type'",
                    location + "topics.yaml line 2: 'name' in topic 'Parks' has no Welsh text ('cy')",
                    location + "no-options.yaml line 18: question 'bin-type' is single-choice but has no options");
            assertThat(e.getMessage()).startsWith("The service definitions have 3 problems:\n" + location + "topics.yaml");
        });
    }

    @Test
    void aFolderThatDoesNotExistStopsStartUp() {
        DefinitionFiles files = new DefinitionFiles(new CatalogueProperties("file:/no/such/folder"),
                new PathMatchingResourcePatternResolver());

        assertThatThrownBy(files::services).isInstanceOf(IllegalStateException.class)
                .hasMessage("The service definitions folder file:/no/such/folder/ does not exist (porth.catalogue.location)");
    }

    private Definitions.All read() {
        return Definitions.read(new DefinitionFiles(new CatalogueProperties("file:" + folder + "/"),
                new PathMatchingResourcePatternResolver()));
    }
}
