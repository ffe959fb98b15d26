package org.porth.insight.ui;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.porth.casework.TeamName;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.ServiceDefinition;
import org.porth.insight.Insight;
import org.porth.shared.Language;

/** The names the dashboard shows for the ids the figures carry, in the page's language. */
final class Names {

    private final Catalogue catalogue;
    private final Language language;
    private final Map<String, String> teams;
    private final Map<String, String> queues;
    private final Function<String, String> words;

    Names(Insight insight, Catalogue catalogue, Language language, Function<String, String> words) {
        this.catalogue = catalogue;
        this.language = language;
        this.words = words;
        this.teams = insight.visibleTeams().stream().collect(Collectors.toMap(TeamName::id, this::name));
        this.queues = insight.queues().stream().collect(Collectors.toMap(TeamName::id, this::name));
    }

    String service(String id) {
        return catalogue.current(id).map(ServiceDefinition::name).map(name -> name.in(language)).orElse(id);
    }

    String team(String id) {
        return teams.getOrDefault(id, id);
    }

    String queue(String id) {
        return queues.getOrDefault(id, id);
    }

    String channel(String channel) {
        return words.apply("insight.channel." + channel);
    }

    String ward(String ward) {
        return ward == null || ward.isEmpty() ? words.apply("insight.ward.none") : ward;
    }

    String outcome(String outcome) {
        return words.apply("case.outcome." + outcome);
    }

    Map<String, String> teams() {
        return teams;
    }

    private String name(TeamName team) {
        return team.name().in(language);
    }
}
