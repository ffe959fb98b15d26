package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * English and Welsh have equal status: every text exists in both, and the Welsh is a translation,
 * not the English left in place.
 */
class MessageBundlesTest {

    private static final String ENGLISH = "i18n/messages.properties";
    private static final String WELSH = "i18n/messages_cy.properties";

    /**
     * Keys whose Welsh is genuinely the same as the English. Add one only with the reason.
     */
    private static final Set<String> SAME_IN_WELSH = Set.of(
            // "staff" is the Welsh word too ("Ardal staff", "Mewngofnodi staff")
            "staff.nav-label");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final Properties english = load(ENGLISH);
    private final Properties welsh = load(WELSH);

    @Test
    void bothBundlesAreValidUtf8() {
        // otherwise ResourceBundle silently reads the file as ISO-8859-1 and garbles ŵ, ŷ, â, ô
        for (String bundle : new String[] {ENGLISH, WELSH}) {
            assertThat(decodesAsUtf8(bytes(bundle))).as("%s is valid UTF-8", bundle).isTrue();
        }
    }

    @Test
    void everyEnglishTextHasAWelshOne() {
        assertThat(keysMissingFrom(welsh, english)).as("keys in %s missing from %s", ENGLISH, WELSH).isEmpty();
    }

    @Test
    void everyWelshTextHasAnEnglishOne() {
        assertThat(keysMissingFrom(english, welsh)).as("keys in %s missing from %s", WELSH, ENGLISH).isEmpty();
    }

    @Test
    void noTextIsEmpty() {
        assertThat(emptyKeys(english)).as("keys with an empty value in %s", ENGLISH).isEmpty();
        assertThat(emptyKeys(welsh)).as("keys with an empty value in %s", WELSH).isEmpty();
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        Set<String> different = keys(english).stream()
                .filter(welsh::containsKey)
                .filter(key -> !placeholders(english.getProperty(key)).equals(placeholders(welsh.getProperty(key))))
                .map(key -> key + " (" + placeholders(english.getProperty(key)) + " in English, "
                        + placeholders(welsh.getProperty(key)) + " in Welsh)")
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(different).as("keys whose {n} placeholders differ between English and Welsh").isEmpty();
    }

    @Test
    void welshTextsAreTranslatedNotCopied() {
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
        assertThat(keys(english)).as("keys in %s", ENGLISH).containsAll(SAME_IN_WELSH);
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
