package org.porth.catalogue.internal;

import java.util.List;

/** Service definitions with errors: the message lists each one with its file and line. */
public class ServiceDefinitionException extends RuntimeException {

    private final List<String> problems;

    ServiceDefinitionException(List<String> problems) {
        super("The service definitions have " + (problems.size() == 1 ? "a problem" : problems.size() + " problems")
                + ":\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
