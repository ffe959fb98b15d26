package org.porth.casework.routing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.porth.catalogue.Channel;

/**
 * A made-up request to try routing on: its answers (each question's chosen values), the ward it is
 * about (or null), how it came in, and the support needs its resident told the council about (keys
 * of {@code resident.SupportNeed}).
 */
public record RoutingSample(Map<String, List<String>> answers, String ward, Channel channel, Set<String> supportNeeds) {

    public RoutingSample {
        answers = Map.copyOf(answers);
        ward = ward == null || ward.isBlank() ? null : ward.strip();
        supportNeeds = Set.copyOf(supportNeeds);
    }
}
