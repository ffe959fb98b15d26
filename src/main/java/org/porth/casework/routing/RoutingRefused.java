package org.porth.casework.routing;

import java.util.List;

/** Routing an administrator wrote that cannot be used: what is wrong with it, one line a problem. */
public class RoutingRefused extends RuntimeException {

    private final List<String> problems;

    public RoutingRefused(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
