package org.porth.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.porth.catalogue.OtherPage;
import org.porth.catalogue.Text;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code other-pages.yaml}: a list of {@code {path, name: {en, cy}, summary: {en, cy},
 * keywords: {en: [...], cy: [...]}}}, the pages search finds besides the services.
 */
final class OtherPageReader {

    private static final Set<String> KEYS = Set.of("path", "name", "summary", "keywords");

    private OtherPageReader() {
    }

    static List<OtherPage> read(YamlFile file) {
        List<OtherPage> pages = new ArrayList<>();
        file.root().ifPresent(root -> {
            if (!(root instanceof SequenceNode list)) {
                file.problem(root, "the other pages must be a list, each with a path, a name and a summary");
                return;
            }
            list.getValue().forEach(node -> {
                String owner = Peek.string(node, "path").map(path -> "page '" + path + "'").orElse("a page");
                YamlMap.of(file, node, owner, KEYS).ifPresent(page -> {
                    Optional<String> path = page.requiredString("path");
                    Optional<Text> name = page.requiredText("name");
                    Optional<Text> summary = page.requiredText("summary");
                    if (path.isPresent() && name.isPresent() && summary.isPresent()) {
                        pages.add(new OtherPage(path.get(), name.get(), summary.get(),
                                DefinitionReader.keywords(page)));
                    }
                });
            });
        });
        return pages;
    }
}
