package org.porth.channels.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Text;
import org.porth.channels.api.ApiProblem.FieldProblem;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.shared.Language;
import org.porth.shared.Translations;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * Answers as JSON into the form engine's {@link Answers}: a text is the answer's {@code value}, a list
 * of texts its values, an object its named fields. Anything else, or an answer to a question the
 * service does not have, is a problem at that field; the form engine checks the rest.
 */
final class AnswersReader {

    private AnswersReader() {
    }

    static Answers read(ServiceDefinition service, Map<String, JsonNode> json) {
        if (json == null) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-answers",
                    List.of(new FieldProblem("answers", null, both("api.answers.missing"))));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Answer> answers = new LinkedHashMap<>();
        json.forEach((questionId, node) -> {
            if (service.question(questionId).isEmpty()) {
                problems.add(new FieldProblem(questionId, null, both("api.answers.unknown-question")));
                return;
            }
            Map<String, List<String>> fields = fields(node);
            if (fields == null) {
                problems.add(new FieldProblem(questionId, null, both("api.answers.wrong-type")));
            } else {
                answers.put(questionId, new Answer(fields));
            }
        });
        if (!problems.isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-answers", problems);
        }
        return new Answers(answers);
    }

    /** The answer's fields; null when the JSON is not a shape an answer has. */
    private static Map<String, List<String>> fields(JsonNode node) {
        if (node.isObject()) {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                List<String> values = texts(field.getValue());
                if (values == null) {
                    return null;
                }
                fields.put(field.getKey(), values);
            }
            return fields;
        }
        List<String> values = texts(node);
        return values == null ? null : Map.of(Answer.VALUE, values);
    }

    private static List<String> texts(JsonNode node) {
        if (node.isString() || node.isNumber() || node.isBoolean()) {
            return List.of(node.asString());
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            for (JsonNode item : node) {
                if (!(item.isString() || item.isNumber())) {
                    return null;
                }
                values.add(item.asString());
            }
            return values;
        }
        return null;
    }

    static Text both(String key, Object... args) {
        return new Text(Translations.get(Language.ENGLISH, key, args), Translations.get(Language.WELSH, key, args));
    }
}
