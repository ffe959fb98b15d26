package org.porth.casework.routing;

import java.util.List;

/** A routing form that cannot be saved or tried: each problem with the field it is about. */
public class RoutingFormRefused extends RuntimeException {

    private final List<RoutingProblem> problems;

    public RoutingFormRefused(List<RoutingProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<RoutingProblem> problems() {
        return problems;
    }
}
