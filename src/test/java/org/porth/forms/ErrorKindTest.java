package org.porth.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.forms.Forms.check;
import static org.porth.forms.Forms.fields;
import static org.porth.forms.Forms.question;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.QuestionType;
import org.porth.shared.Language;
import org.porth.shared.Translations;

/**
 * The error kinds a definition's {@code errors} may name: each has a standard message in both
 * languages, and docs/form-engine.md lists exactly these for the people writing definitions.
 */
class ErrorKindTest {

    private static final Pattern DOCUMENTED_KEY = Pattern.compile("^\\| `([a-z0-9-]+)` \\|", Pattern.MULTILINE);

    @ParameterizedTest
    @EnumSource(ErrorKind.class)
    void everyKindHasAStandardMessageInBothLanguages(ErrorKind kind) {
        String key = "form.error." + kind.yamlKey();
        assertThat(Translations.has(key)).as(key).isTrue();
        assertThat(Translations.get(Language.WELSH, key)).doesNotStartWith("!");
        assertThat(ErrorKind.fromYamlKey(kind.yamlKey())).contains(kind);
    }

    @Test
    void everyStandardMessageBelongsToAKind() throws IOException {
        Properties english = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/apply.properties"), StandardCharsets.UTF_8)) {
            english.load(reader);
        }
        List<String> kinds = Arrays.stream(ErrorKind.values()).map(ErrorKind::yamlKey).toList();

        assertThat(english.stringPropertyNames().stream().filter(key -> key.startsWith("form.error.")))
                .allSatisfy(key -> assertThat(kinds).contains(key.substring("form.error.".length()).split("\\.")[0]));
    }

    @Test
    void theGuideListsEveryKind() throws IOException {
        Matcher documented = DOCUMENTED_KEY.matcher(Files.readString(Path.of("docs/form-engine.md")));
        List<String> keys = documented.results().map(match -> match.group(1)).toList();

        assertThat(keys).containsExactlyElementsOf(Arrays.stream(ErrorKind.values()).map(ErrorKind::yamlKey).toList());
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void everyTypeAsksForAnAnswerInBothLanguages(QuestionType type) {
        AnswerCheck check = check(question("q", type).build(), fields());

        assertThat(check.errors()).singleElement().satisfies(error -> {
            assertThat(error.message().en()).doesNotContain("!", "{").endsWith("the thing");
            assertThat(error.message().cy()).doesNotContain("!", "{").endsWith("y peth");
        });
        assertThat(ErrorKind.REQUIRED.appliesTo(type)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void everyTypeRefusesNonsenseWithAMessageOfAKindItCanHave(QuestionType type) {
        AnswerCheck check = check(question("q", type).maxLength(3).build(),
                fields("value", "%%%%", "day", "x", "month", "x", "year", "x", "uprn", "x", "file", "x"));

        assertThat(check.valid()).isFalse();
        assertThat(check.errors()).allSatisfy(error -> assertThat(error.message().en()).doesNotContain("!", "{"));
    }
}
