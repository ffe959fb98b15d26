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

    private AnswersJson() {
    }

    public static String write(Answers answers) {
        Map<String, Map<String, List<String>>> tree = new TreeMap<>();
        answers.byQuestion().forEach((question, answer) -> tree.put(question, new TreeMap<>(answer.fields())));
        return JSON.writeValueAsString(tree);
    }

    public static Answers read(String json) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        JSON.readValue(json, SHAPE).forEach((question, fields) -> answers.put(question, new Answer(fields)));
        return new Answers(answers);
    }
}
