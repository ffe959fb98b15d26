package org.porth.casework.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.porth.catalogue.Channel;

/**
 * A made-up request to try routing on: its answers (each question's chosen values), the ward it is
 * about (or null) and how it came in.
 */
public record RoutingSample(Map<String, List<String>> answers, String ward, Channel channel) {

    public RoutingSample {
        answers = Map.copyOf(answers);
        ward = ward == null || ward.isBlank() ? null : ward.strip();
    }

    /**
     * Answers written one a line as {@code question=value}; a question on several lines has
     * several values chosen. Lines without {@code =} are left out.
     */
    public static Map<String, List<String>> answersFrom(String lines) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        lines.lines().filter(line -> line.contains("=")).forEach(line -> {
            String question = line.substring(0, line.indexOf('=')).strip();
            String value = line.substring(line.indexOf('=') + 1).strip();
            answers.computeIfAbsent(question, key -> new ArrayList<>()).add(value);
        });
        return answers;
    }
}
