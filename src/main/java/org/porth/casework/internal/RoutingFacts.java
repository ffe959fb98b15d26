package org.porth.casework.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.porth.casework.Priority;
import org.porth.catalogue.Channel;

/**
 * What routing rules look at: the answers (each question's chosen values), the ward the request is
 * about, how it came in, its priority before any rule raised it, and the support needs the resident
 * told the council about with their consent (keys of {@code resident.SupportNeed}).
 */
record RoutingFacts(Map<String, List<String>> answers, String ward, Channel channel, Priority priority,
        Set<String> supportNeeds) {

    RoutingFacts {
        answers = Map.copyOf(answers);
        supportNeeds = Set.copyOf(supportNeeds);
    }

    List<String> answer(String questionId) {
        return answers.getOrDefault(questionId, List.of());
    }

    /** Each question listed was answered with one of its values (none listed: true). */
    boolean answered(Map<String, Set<String>> conditions) {
        return conditions.entrySet().stream().allMatch(condition ->
                answer(condition.getKey()).stream().anyMatch(condition.getValue()::contains));
    }
}
