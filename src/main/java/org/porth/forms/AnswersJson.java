package org.porth.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Answers as they are stored: {"question-id": {"field": ["text", ...]}}, keys sorted so equal answers store equally. */
public final class AnswersJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Map<String, List<String>>>> SHAPE = new TypeReference<>() {
    };

    /**
     * The answers this thread wrote last, and their JSON: a request and the case opened with it store
     * the same answers in one call (the API's, Open311's, a device's), and writing them twice was a
     * measurable part of each (decision 0062). Answers are immutable, so the same object writes the same.
     */
    private static final ThreadLocal<Written> LAST_WRITTEN = new ThreadLocal<>();

    private record Written(Answers answers, String json) {
    }

    private AnswersJson() {
    }

    public static String write(Answers answers) {
        Written last = LAST_WRITTEN.get();
        if (last != null && last.answers() == answers) {
            return last.json();
        }
        Map<String, Map<String, List<String>>> tree = new TreeMap<>();
        answers.byQuestion().forEach((question, answer) -> tree.put(question, new TreeMap<>(answer.fields())));
        String json = JSON.writeValueAsString(tree);
        LAST_WRITTEN.set(new Written(answers, json));
        return json;
    }

    public static Answers read(String json) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        JSON.readValue(json, SHAPE).forEach((question, fields) -> answers.put(question, new Answer(fields)));
        return new Answers(answers);
    }
}
