package org.porth.catalogue.internal;

import java.io.StringReader;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One definition file: its name as people know it (e.g. {@code services/missed-bin.yaml}), its
 * text, and where its problems are reported. Read as YAML nodes, not objects, so every problem can
 * name its line.
 */
final class YamlFile {

    private final String name;
    private final String text;
    private final Problems problems;
    private boolean hasProblems;

    YamlFile(String name, String text, Problems problems) {
        this.name = name;
        // one text whatever the checkout's line endings, so the content hash is the same everywhere
        this.text = text.replace("\r\n", "\n");
        this.problems = problems;
    }

    String name() {
        return name;
    }

    String text() {
        return text;
    }

    /** The file's single document, or empty (with the problem reported) when it is not valid YAML. */
    Optional<Node> root() {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
            if (root == null) {
                problem(1, "the file is empty");
            }
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problem(mark == null ? 1 : mark.getLine() + 1, "not valid YAML: " + e.getProblem());
            return Optional.empty();
        }
    }

    void problem(Node at, String problem) {
        problem(at.getStartMark().getLine() + 1, problem);
    }

    boolean hasProblems() {
        return hasProblems;
    }

    private void problem(int line, String problem) {
        problems.add(name, line, problem);
        hasProblems = true;
    }
}
