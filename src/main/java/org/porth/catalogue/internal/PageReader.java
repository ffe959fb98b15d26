package org.porth.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.porth.catalogue.Condition;
import org.porth.catalogue.EligibilityExit;
import org.porth.catalogue.Page;
import org.porth.catalogue.Question;
import org.porth.catalogue.Text;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one page: its questions, when it is shown (looking back at earlier pages only) and its
 * eligibility exits (looking at this page's answers and earlier ones).
 */
final class PageReader {

    private static final Set<String> KEYS = Set.of("id", "title", "show-if", "questions", "exits");
    private static final Set<String> EXIT_KEYS = Set.of("when", "reason", "instead");

    private PageReader() {
    }

    static Optional<Page> read(YamlFile file, Node node, FormSoFar form) {
        String owner = Peek.id(node).map(id -> "page '" + id + "'").orElse("a page");
        return YamlMap.of(file, node, owner, KEYS).flatMap(page -> read(page, form));
    }

    private static Optional<Page> read(YamlMap page, FormSoFar form) {
        Optional<String> id = form.pageId(page);
        Condition showIf = ConditionReader.read(page, "show-if", "the show-if of " + page.owner(), form.questions())
                .orElse(null);
        List<Node> items = page.require("questions") ? page.list("questions").orElse(List.of()) : List.of();
        if (page.has("questions") && items.isEmpty()) {
            page.problem("questions", page.owner() + " has no questions");
        }
        List<Question> questions = new ArrayList<>();
        items.forEach(item -> QuestionReader.read(page.file(), item, form).ifPresent(questions::add));
        Text title = page.text("title").orElse(null);
        if (items.size() > 1 && !page.has("title")) {
            page.problem(page.owner() + " has several questions, so it needs a 'title' for its heading");
        } else if (items.size() == 1 && page.has("title")) {
            page.problem("title", page.owner() + " has one question, whose label is the page heading: remove 'title'");
        }
        List<EligibilityExit> exits = exits(page, form.questions());
        if (id.isEmpty() || items.isEmpty() || questions.size() != items.size()) {
            return Optional.empty();
        }
        return Optional.of(new Page(id.get(), title, showIf, questions, exits));
    }

    private static List<EligibilityExit> exits(YamlMap page, Map<String, Question> answered) {
        List<EligibilityExit> exits = new ArrayList<>();
        page.list("exits").orElse(List.of()).forEach(item ->
                YamlMap.of(page.file(), item, "an exit of " + page.owner(), EXIT_KEYS).ifPresent(exit -> {
                    Optional<Condition> when = exit.require("when")
                            ? ConditionReader.read(exit, "when", "the 'when' of an exit of " + page.owner(), answered)
                            : Optional.empty();
                    Optional<Text> reason = exit.requiredText("reason");
                    Optional<Text> instead = exit.requiredText("instead");
                    if (when.isPresent() && reason.isPresent() && instead.isPresent()) {
                        exits.add(new EligibilityExit(when.get(), reason.get(), instead.get()));
                    }
                }));
        return exits;
    }
}
