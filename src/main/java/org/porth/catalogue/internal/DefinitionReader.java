package org.porth.catalogue.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.porth.catalogue.Channel;
import org.porth.catalogue.Open311Offer;
import org.porth.catalogue.Page;
import org.porth.catalogue.Question;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.ServiceKind;
import org.porth.catalogue.ServiceLevel;
import org.porth.catalogue.StartPage;
import org.porth.catalogue.Text;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one service definition file into a {@link ServiceDefinition}, reporting every problem with
 * its line. The shape is described in docs/service-definitions.md.
 */
final class DefinitionReader {

    private static final Set<String> KEYS = Set.of("id", "name", "summary", "department", "topics", "keywords",
            "kind", "channels", "start-page", "service-level", "declaration", "pages", "routing", "booking", "case-summary", "open311");
    private static final Map<String, ServiceKind> KINDS = YamlNames.of(ServiceKind.class);
    private static final Map<String, Channel> CHANNELS = YamlNames.of(Channel.class);
    private static final Map<String, ServiceLevel.Unit> UNITS = YamlNames.of(ServiceLevel.Unit.class);

    private DefinitionReader() {
    }

    /**
     * @param id     the service id the file must declare: its file name, or the id it was stored under
     * @param topics the topics that exist; null to skip that check, for a stored old version whose
     *               topics may since have been retired (topics only matter for browsing current services)
     * @return the definition at version 0 (the catalogue numbers versions as it publishes them), or
     *         empty when the file has problems
     */
    static Optional<ServiceDefinition> read(YamlFile file, String id, Set<String> topics) {
        Optional<ServiceDefinition> definition = file.root()
                .flatMap(root -> YamlMap.of(file, root, "the service", KEYS))
                .flatMap(service -> read(service, id, topics));
        return file.hasProblems() ? Optional.empty() : definition;
    }

    private static Optional<ServiceDefinition> read(YamlMap service, String expectedId, Set<String> topics) {
        Optional<String> id = FormSoFar.id(service, "id", "service id").filter(declared -> {
            if (!declared.equals(expectedId)) {
                service.problem("id", "service id '" + declared + "' does not match the file name, which says '"
                        + expectedId + "'");
            }
            return declared.equals(expectedId);
        });
        Optional<Text> name = service.requiredText("name");
        Optional<Text> summary = service.requiredText("summary");
        Optional<String> department = FormSoFar.id(service, "department", "department");
        Set<String> topicIds = topics(service, topics);
        Map<String, List<String>> keywords = keywords(service);
        Optional<ServiceKind> kind = service.require("kind") ? service.choice("kind", KINDS, "kind") : Optional.empty();
        Set<Channel> channels = channels(service);
        Optional<StartPage> startPage = startPage(service);
        Optional<ServiceLevel> serviceLevel = serviceLevel(service);
        Optional<Text> declaration = service.requiredText("declaration");
        List<Page> pages = pages(service);
        List<String> caseSummary = caseSummary(service, pages);
        Map<String, Object> routing = FreeForm.read(service, "routing");
        Map<String, Object> booking = FreeForm.read(service, "booking");
        if (kind.filter(k -> k == ServiceKind.BOOKING).isPresent() && !service.has("booking")) {
            service.problem("kind", "the service is a booking, so it needs 'booking' settings");
        }
        BookingQuestionCheck.check(service, pages, booking);
        Open311Offer open311 = Open311Reader.read(service, pages, channels, department.orElse(null));
        if (id.isEmpty() || name.isEmpty() || summary.isEmpty() || department.isEmpty() || kind.isEmpty()
                || startPage.isEmpty() || serviceLevel.isEmpty() || declaration.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ServiceDefinition(id.get(), 0, name.get(), summary.get(), department.get(), topicIds,
                keywords, kind.get(), channels, startPage.get(), serviceLevel.get(), declaration.get(), pages,
                routing, booking, caseSummary, open311));
    }

    private static Set<String> topics(YamlMap service, Set<String> known) {
        List<String> topics = service.require("topics") ? service.strings("topics").orElse(List.of()) : List.of();
        if (service.has("topics") && topics.isEmpty()) {
            service.problem("topics", "the service has no topics to be found under");
        }
        if (known != null) {
            topics.stream().filter(topic -> !known.contains(topic)).forEach(topic -> service.problem("topics",
                    "topic '" + topic + "' does not exist (known: " + String.join(", ", known.stream().sorted().toList())
                            + ")"));
        }
        return Set.copyOf(topics);
    }

    /** {@code keywords: {en: [...], cy: [...]}}, either language optional; other pages search finds have them too. */
    static Map<String, List<String>> keywords(YamlMap service) {
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        service.map("keywords", "the keywords of the service", Set.of("en", "cy"))
                .ifPresent(languages -> List.of("en", "cy").forEach(language ->
                        languages.strings(language).ifPresent(words -> keywords.put(language, List.copyOf(words)))));
        return keywords;
    }

    private static Set<Channel> channels(YamlMap service) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        List<String> names = service.require("channels") ? service.strings("channels").orElse(List.of()) : List.of();
        names.forEach(name -> YamlNames.find(CHANNELS, name, "channel", problem -> service.problem("channels", problem))
                .ifPresent(channels::add));
        if (service.has("channels") && names.isEmpty()) {
            service.problem("channels", "the service has no channels, so nobody could use it");
        }
        return channels;
    }

    private static Optional<StartPage> startPage(YamlMap service) {
        if (!service.require("start-page")) {
            return Optional.empty();
        }
        return service.map("start-page", "the start page", Set.of("what-you-need", "how-long", "what-happens-next"))
                .flatMap(page -> {
                    Optional<Text> whatYouNeed = page.requiredText("what-you-need");
                    Optional<Text> howLong = page.requiredText("how-long");
                    Optional<Text> whatHappensNext = page.requiredText("what-happens-next");
                    return whatYouNeed.isPresent() && howLong.isPresent() && whatHappensNext.isPresent()
                            ? Optional.of(new StartPage(whatYouNeed.get(), howLong.get(), whatHappensNext.get()))
                            : Optional.empty();
                });
    }

    private static Optional<ServiceLevel> serviceLevel(YamlMap service) {
        if (!service.require("service-level")) {
            return Optional.empty();
        }
        return service.map("service-level", "the service level", Set.of("target", "unit")).flatMap(level -> {
            Optional<Integer> target = level.require("target") ? level.integer("target") : Optional.empty();
            target.filter(t -> t < 1)
                    .ifPresent(t -> level.problem("target", level.described("target") + " must be at least 1"));
            Optional<ServiceLevel.Unit> unit = level.require("unit")
                    ? level.choice("unit", UNITS, "unit") : Optional.empty();
            return target.filter(t -> t >= 1).flatMap(t -> unit.map(u -> new ServiceLevel(t, u)));
        });
    }

    /** The questions that summarise a request for staff: each in the form, and of a type that can say what it is about. */
    private static List<String> caseSummary(YamlMap service, List<Page> pages) {
        if (!service.has("case-summary")) {
            return List.of();
        }
        List<String> ids = service.strings("case-summary").orElse(List.of());
        Map<String, Question> questions = new LinkedHashMap<>();
        pages.forEach(page -> page.questions().forEach(question -> questions.put(question.id(), question)));
        for (String id : ids) {
            Question question = questions.get(id);
            if (question == null) {
                service.problem("case-summary", "question '" + id + "' is not in the form");
            } else if (!question.type().summarisesACase()) {
                service.problem("case-summary", "question '" + id + "' is a " + question.type().yamlName()
                        + " question, which cannot say what a request is about");
            }
        }
        return ids;
    }

    private static List<Page> pages(YamlMap service) {
        List<Node> items = service.require("pages") ? service.list("pages").orElse(List.of()) : List.of();
        if (service.has("pages") && items.isEmpty()) {
            service.problem("pages", "the service has no pages");
        }
        FormSoFar form = new FormSoFar();
        List<Page> pages = new ArrayList<>();
        items.forEach(item -> PageReader.read(service.file(), item, form).ifPresent(pages::add));
        return pages;
    }
}
