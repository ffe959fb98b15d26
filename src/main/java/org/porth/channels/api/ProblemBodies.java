package org.porth.channels.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.porth.shared.Language;
import org.porth.shared.Translations;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Problems as RFC 9457 bodies ({@code application/problem+json}), in the language of {@code Accept-Language}. */
final class ProblemBodies {

    static final String TYPE_BASE = "/api/v1/problems/";

    private ProblemBodies() {
    }

    static Language language(HttpServletRequest request) {
        return Language.of(request.getLocale());
    }

    /** The body's members in RFC 9457's order, and {@code errors}, one per field, when there are any. */
    static Map<String, Object> body(ApiProblem problem, HttpServletRequest request) {
        Language language = language(request);
        String key = "api.problem." + problem.kind();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + problem.kind());
        body.put("title", Translations.get(language, key + ".title"));
        body.put("status", problem.status().value());
        body.put("detail", Translations.get(language, key + ".detail", problem.args()));
        body.put("instance", request.getRequestURI());
        if (!problem.fields().isEmpty()) {
            body.put("errors", fields(problem.fields(), language));
        }
        return body;
    }

    static ResponseEntity<Map<String, Object>> response(ApiProblem problem, HttpServletRequest request) {
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Content-Language", language(request).code()).body(body(problem, request));
    }

    private static List<Map<String, String>> fields(List<ApiProblem.FieldProblem> fields, Language language) {
        return fields.stream().map(field -> {
            Map<String, String> one = new LinkedHashMap<>();
            one.put("field", field.field());
            if (field.input() != null) {
                one.put("input", field.input());
            }
            one.put("message", field.message().in(language));
            return one;
        }).toList();
    }
}
