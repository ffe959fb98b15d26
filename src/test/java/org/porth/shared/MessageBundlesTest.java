package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * English and Welsh have equal status: in every bundle pair under {@code i18n/} (one per module,
 * {@code shell.properties} with {@code shell_cy.properties}) every text exists in both, and the
 * Welsh is a translation, not the English left in place.
 */
class MessageBundlesTest {

    private static final Path FOLDER = Path.of("src/main/resources/i18n");

    /**
     * Keys whose Welsh is genuinely the same as the English. Add one only with the reason.
     */
    private static final Set<String> SAME_IN_WELSH = Set.of(
            // "staff" is the Welsh word too ("Ardal staff", "Mewngofnodi staff")
            "staff.nav-label",
            // an electoral ward is a "ward" in Welsh too
            "case.ward", "queues.column.ward", "insight.column.WARD", "insight.filter.ward",
            // file formats are named by their abbreviations in Welsh too
            "form.files.type.JPEG", "form.files.type.PNG", "form.files.type.HEIC", "form.files.type.PDF");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private String englishFile;
    private String welshFile;
    private Properties english;
    private Properties welsh;

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties"))
                    .toList();
            assertThat(names).as("bundles under %s", FOLDER).isNotEmpty();
            names.stream().filter(name -> name.endsWith("_cy.properties"))
                    .forEach(welsh -> assertThat(names).as("the English of %s", welsh)
                            .contains(welsh.replace("_cy.properties", ".properties")));
            return names.stream().filter(name -> !name.endsWith("_cy.properties"))
                    .map(name -> name.replace(".properties", "")).sorted().toList().stream();
        }
    }

    private void open(String bundle) {
        englishFile = "i18n/" + bundle + ".properties";
        welshFile = "i18n/" + bundle + "_cy.properties";
        english = load(englishFile);
        welsh = load(welshFile);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void bothBundlesAreValidUtf8(String bundle) {
        open(bundle);
        // otherwise the file would be read as ISO-8859-1, garbling ŵ, ŷ, â, ô
        for (String file : new String[] {englishFile, welshFile}) {
            assertThat(decodesAsUtf8(bytes(file))).as("%s is valid UTF-8", file).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyEnglishTextHasAWelshOne(String bundle) {
        open(bundle);
        assertThat(keysMissingFrom(welsh, english)).as("keys in %s missing from %s", englishFile, welshFile).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyWelshTextHasAnEnglishOne(String bundle) {
        open(bundle);
        assertThat(keysMissingFrom(english, welsh)).as("keys in %s missing from %s", welshFile, englishFile).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noTextIsEmpty(String bundle) {
        open(bundle);
        assertThat(emptyKeys(english)).as("keys with an empty value in %s", englishFile).isEmpty();
        assertThat(emptyKeys(welsh)).as("keys with an empty value in %s", welshFile).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void bothLanguagesUseTheSamePlaceholders(String bundle) {
        open(bundle);
        Set<String> different = keys(english).stream()
                .filter(welsh::containsKey)
                .filter(key -> !placeholders(english.getProperty(key)).equals(placeholders(welsh.getProperty(key))))
                .map(key -> key + " (" + placeholders(english.getProperty(key)) + " in English, "
                        + placeholders(welsh.getProperty(key)) + " in Welsh)")
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(different).as("keys whose {n} placeholders differ between English and Welsh").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void welshTextsAreTranslatedNotCopied(String bundle) {
        open(bundle);
        Set<String> copied = keys(english).stream()
                .filter(key -> english.getProperty(key).equals(welsh.getProperty(key)))
                .filter(key -> LETTER.matcher(PLACEHOLDER.matcher(english.getProperty(key)).replaceAll("")).find())
                .filter(key -> !SAME_IN_WELSH.contains(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(copied).as("keys whose Welsh is the English copied (translate them, or allowlist a word"
                + " that is the same in Welsh, with the reason, in SAME_IN_WELSH)").isEmpty();
    }

    @Test
    void theSameInWelshAllowlistNamesRealKeys() {
        assertThat(SAME_IN_WELSH).allMatch(Translations::has);
    }

    private static Set<String> keysMissingFrom(Properties bundle, Properties reference) {
        return keys(reference).stream().filter(key -> !bundle.containsKey(key))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> emptyKeys(Properties bundle) {
        return keys(bundle).stream().filter(key -> bundle.getProperty(key).isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> keys(Properties bundle) {
        return new TreeSet<>(bundle.stringPropertyNames());
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(bytes(resource), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(properties).as("texts in %s", resource).isNotEmpty();
        return properties;
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("%s on the classpath", resource).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean decodesAsUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
