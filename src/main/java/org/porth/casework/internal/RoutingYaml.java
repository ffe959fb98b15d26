package org.porth.casework.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The {@code routing} section of a service definition as YAML text, for an administrator to edit,
 * read back into the shape the catalogue gives it: nested maps and lists of text.
 */
final class RoutingYaml {

    /** More than any council's routing needs, few enough that a paste cannot tie up the server. */
    static final int MAX_LENGTH = 100_000;

    private RoutingYaml() {
    }

    /** The routing written as text; refused with a message saying what is wrong. */
    static Map<String, Object> read(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The routing is empty: it needs at least a default-queue");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The routing is longer than " + MAX_LENGTH + " characters");
        }
        Object read;
        try {
            read = yaml().load(text);
        } catch (YAMLException wrong) {
            throw new IllegalArgumentException("The routing is not valid YAML: " + wrong.getMessage(), wrong);
        }
        if (!(read instanceof Map<?, ?> routing)) {
            throw new IllegalArgumentException("The routing must be a mapping, starting with default-queue:");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> written = (Map<String, Object>) routing;
        return written;
    }

    static String write(Map<String, Object> routing) {
        return yaml().dump(asText(routing));
    }

    /** Values as text, so that they are written plainly (the catalogue reads whole numbers as numbers). */
    private static Object asText(Object value) {
        return switch (value) {
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((key, item) -> copy.put(String.valueOf(key), asText(item)));
                yield copy;
            }
            case List<?> list -> list.stream().map(RoutingYaml::asText).toList();
            default -> String.valueOf(value);
        };
    }

    private static Yaml yaml() {
        LoaderOptions loading = new LoaderOptions();
        loading.setAllowDuplicateKeys(false);
        loading.setMaxAliasesForCollections(10);
        loading.setCodePointLimit(MAX_LENGTH);
        DumperOptions dumping = new DumperOptions();
        dumping.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dumping.setIndicatorIndent(2);
        dumping.setIndentWithIndicator(true);
        return new Yaml(new SafeConstructor(loading), new Representer(dumping), dumping, loading, new TextResolver());
    }

    /**
     * Every value is text, as in the catalogue's reading: YAML 1.1 would read the answer {@code yes}
     * as true, and a rule for {@code danger: [yes]} would never match. Only an empty value is null,
     * so that it is reported as missing.
     */
    private static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
