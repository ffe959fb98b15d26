package org.porth.catalogue.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The definition files: the built-in ones under {@code classpath:services/}, then those in the
 * council's own folder ({@code porth.catalogue.location}), whose services replace built-in ones
 * with the same id. A service's id is its file name: {@code missed-bin.yaml} defines {@code missed-bin}.
 */
@Component
class DefinitionFiles {

    static final String BUILT_IN = "classpath:services/";
    static final String TOPICS = "topics.yaml";
    static final String OTHER_PAGES = "other-pages.yaml";
    private static final String EXTENSION = ".yaml";

    /** A file's name as problems name it (e.g. services/missed-bin.yaml), and its text. */
    record Source(String name, String text) {
    }

    private final ResourcePatternResolver resolver;
    private final List<String> folders = new ArrayList<>();

    DefinitionFiles(CatalogueProperties properties, ResourcePatternResolver resolver) {
        this.resolver = resolver;
        folders.add(BUILT_IN);
        if (properties.location() != null && !properties.location().isBlank()) {
            String location = properties.location().strip();
            folders.add(location.endsWith("/") ? location : location + "/");
        }
    }

    /** The topic files, built-in first. */
    List<Source> topics() {
        return everywhere(TOPICS);
    }

    /** The files of other pages search finds, built-in first. */
    List<Source> otherPages() {
        return everywhere(OTHER_PAGES);
    }

    private List<Source> everywhere(String fileName) {
        List<Source> sources = new ArrayList<>();
        for (String folder : folders) {
            Resource file = resolver.getResource(folder + fileName);
            if (file.exists()) {
                sources.add(read(folder, file));
            }
        }
        return sources;
    }

    /** Each service's file by service id, the council's own where it has one. */
    Map<String, Source> services() {
        Map<String, Source> services = new TreeMap<>();
        for (String folder : folders) {
            // a mistyped council folder would otherwise quietly leave its services out
            if (!folder.equals(BUILT_IN) && !resolver.getResource(folder).exists()) {
                throw new IllegalStateException("The service definitions folder " + folder + " does not exist"
                        + " (porth.catalogue.location)");
            }
            for (Resource file : resources(folder + "*" + EXTENSION)) {
                String name = file.getFilename();
                if (name != null && !name.equals(TOPICS) && !name.equals(OTHER_PAGES)) {
                    services.put(name.substring(0, name.length() - EXTENSION.length()), read(folder, file));
                }
            }
        }
        return services;
    }

    private Resource[] resources(String pattern) {
        try {
            return resolver.getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the service definitions at " + pattern, e);
        }
    }

    private static Source read(String folder, Resource file) {
        String name = folder.replaceFirst("^(classpath\\*?|file):", "") + file.getFilename();
        try {
            return new Source(name, file.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the service definition " + name, e);
        }
    }
}
