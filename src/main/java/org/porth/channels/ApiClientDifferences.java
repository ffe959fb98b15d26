package org.porth.channels;

import java.util.ArrayList;
import java.util.List;

/** What an administrator's change changed, as the audit log says it: "name: old → new; ...". */
final class ApiClientDifferences {

    private final List<String> differences = new ArrayList<>();

    ApiClientDifferences compare(String what, String before, String after) {
        if (!before.equals(after)) {
            differences.add(what + ": " + before + " → " + after);
        }
        return this;
    }

    boolean none() {
        return differences.isEmpty();
    }

    @Override
    public String toString() {
        return String.join("; ", differences);
    }
}
