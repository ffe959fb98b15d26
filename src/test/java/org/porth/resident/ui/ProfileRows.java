package org.porth.resident.ui;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;

/** The rows of My account's summary list as a person reads them: "Phone number: 07700 900 982 (Change phone number)". */
final class ProfileRows {

    private ProfileRows() {
    }

    static List<String> of(Component page) {
        return page.getChildren()
                .flatMap(ProfileRows::summaries)
                .flatMap(Component::getChildren)
                .map(ProfileRows::row)
                .toList();
    }

    private static Stream<Component> summaries(Component component) {
        return component instanceof ProfileSummary ? Stream.of(component)
                : component.getChildren().flatMap(ProfileRows::summaries);
    }

    private static String row(Component row) {
        List<Component> cells = row.getChildren().toList();
        String value = cells.get(1).getChildren().findAny().isPresent()
                ? cells.get(1).getChildren().map(line -> line.getElement().getTextRecursively())
                        .collect(Collectors.joining(", "))
                : cells.get(1).getElement().getTextRecursively();
        RouterLink change = (RouterLink) cells.get(2).getChildren().findFirst().orElseThrow();
        return cells.get(0).getElement().getTextRecursively() + ": " + value + " ("
                + change.getElement().getTextRecursively() + ")";
    }
}
