package org.porth.catalogue.internal;

import java.util.ArrayList;
import java.util.List;

/** Every problem found in the service definitions, each as "file line n: what is wrong". */
final class Problems {

    private final List<String> found = new ArrayList<>();

    void add(String file, int line, String problem) {
        found.add(file + " line " + line + ": " + problem);
    }

    List<String> all() {
        return List.copyOf(found);
    }

    /** Stops start-up: a council must never run with a definition it thinks says something else. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ServiceDefinitionException(found);
        }
    }
}
