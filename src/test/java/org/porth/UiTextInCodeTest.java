package org.porth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Views take every text from the language bundles, so a page is never half in one language, and
 * every key the code names exists.
 */
class UiTextInCodeTest {

    private static final Path SOURCES = Path.of("src/main/java/org/porth");

    private final Map<Path, String> sources = readSources();

    @Test
    void viewsHoldNoLiteralUiText() {
        assertThat(findAll(UiTextScanner::literalUiText))
                .as("text written into views instead of the language bundles under i18n/")
                .isEmpty();
    }

    @Test
    void everyTranslationKeyInTheCodeExists() {
        Properties english = englishBundle();
        List<UiTextScanner.Finding> keys = findAll(UiTextScanner::translationKeys);

        assertThat(keys).as("keys found in the code").extracting(UiTextScanner.Finding::text)
                .contains("start.title", "nav.home");
        assertThat(keys.stream().filter(key -> !english.containsKey(key.text())).toList())
                .as("keys the code uses that are missing from the English bundles under i18n/").isEmpty();
    }

    private List<UiTextScanner.Finding> findAll(BiFunction<String, String, List<UiTextScanner.Finding>> scan) {
        return sources.entrySet().stream()
                .flatMap(source -> scan.apply(SOURCES.relativize(source.getKey()).toString(), source.getValue()).stream())
                .toList();
    }

    private static Map<Path, String> readSources() {
        assertThat(SOURCES).as("the main sources, from the project folder").isDirectory();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            Map<Path, String> sources = files.filter(file -> file.toString().endsWith(".java"))
                    .collect(Collectors.toMap(file -> file, UiTextInCodeTest::read));
            assertThat(sources).as("Java sources under %s", SOURCES).isNotEmpty();
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every English bundle under i18n/ (the Welsh ones are checked against them elsewhere). */
    private static Properties englishBundle() {
        Properties bundles = new Properties();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties") && !f.toString().endsWith("_cy.properties")).toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    bundles.load(reader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundles;
    }
}
