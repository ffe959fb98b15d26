package org.porth.casework;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How soon a case needs work. Take next gives the most urgent first. */
public enum Priority {
    LOW(1),
    NORMAL(2),
    HIGH(3),
    URGENT(4);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    /** Higher is more urgent; stored so the database can order by it. */
    public int rank() {
        return rank;
    }

    public static Priority ofRank(int rank) {
        return Arrays.stream(values()).filter(priority -> priority.rank == rank).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No priority of rank " + rank));
    }

    /** As a service definition writes it: {@code low}, {@code normal}, {@code high}, {@code urgent}. */
    public static Optional<Priority> named(String name) {
        return Arrays.stream(values()).filter(priority -> priority.name().equals(name.trim().toUpperCase(Locale.ROOT)))
                .findFirst();
    }

    public Priority atLeast(Priority other) {
        return other.rank > rank ? other : this;
    }
}
