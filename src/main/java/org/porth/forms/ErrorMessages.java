package org.porth.forms;

import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Question;
import org.porth.catalogue.Text;
import org.porth.shared.Language;
import org.porth.shared.Translations;

/**
 * Error messages specific to the question: a template from the bundle ({@code form.error.<kind>}) with
 * the question's name as {0}, unless the question's {@code errors.<kind>} replaces it. English
 * templates may start with the name, which is then capitalised; Welsh ones put it after words that
 * cause no mutation ("Rhowch {0}", "ar gyfer {0}").
 */
final class ErrorMessages {

    private static final String PLACEHOLDER_NAME = "{0}";

    private ErrorMessages() {
    }

    static FieldError error(Question question, ErrorKind kind, String field, Text... params) {
        return variant(question, kind, kind.yamlKey(), field, params);
    }

    /** An error whose standard message is the template {@code form.error.<template>}, e.g. "required.choose". */
    static FieldError variant(Question question, ErrorKind kind, String template, String field, Text... params) {
        Text override = question.errors().get(kind.yamlKey());
        Text message = new Text(
                message(question, override, template, Language.ENGLISH, params),
                message(question, override, template, Language.WELSH, params));
        return new FieldError(question.id(), field, message);
    }

    /** Text that reads the same in both languages, such as a number. */
    static Text same(Object value) {
        return new Text(String.valueOf(value), String.valueOf(value));
    }

    private static String message(Question question, Text override, String template, Language language, Text[] params) {
        String text = override != null ? override.in(language)
                : Translations.get(language, "form.error." + template);
        String name = question.name() != null ? question.name().in(language)
                : Translations.get(language, "form.name.default");
        if (text.startsWith(PLACEHOLDER_NAME) && !name.isEmpty()) {
            name = name.substring(0, 1).toUpperCase(language.locale()) + name.substring(1);
        }
        text = text.replace(PLACEHOLDER_NAME, name);
        for (int i = 0; i < params.length; i++) {
            text = text.replace("{" + (i + 1) + "}", params[i].in(language));
        }
        return text;
    }
}
