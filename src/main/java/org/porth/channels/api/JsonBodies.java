package org.porth.channels.api;

import java.util.List;
import java.util.stream.Collectors;

import org.porth.channels.api.ApiProblem.FieldProblem;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON bodies read strictly: a member the API does not know, or a value of the wrong type, is a
 * problem naming it, rather than being ignored or guessed at.
 */
final class JsonBodies {

    private final JsonMapper strict;

    JsonBodies(JsonMapper json) {
        this.strict = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    <T> T read(JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "not-an-object");
        }
        try {
            return strict.treeToValue(body, type);
        } catch (UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "unknown-field", List.of(new FieldProblem(field, null,
                    AnswersReader.both("api.json.unknown-field", field))), field);
        } catch (DatabindException wrong) {
            String field = path(wrong);
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "wrong-type", List.of(new FieldProblem(field, null,
                    AnswersReader.both("api.json.wrong-type", field))), field);
        }
    }

    String write(Object value) {
        return strict.writeValueAsString(value);
    }

    private static String path(DatabindException e) {
        return e.getPath().stream().map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                : String.valueOf(reference.getIndex())).collect(Collectors.joining("."));
    }
}
