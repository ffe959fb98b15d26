package org.porth.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.porth.browserless.PortalViewTest;
import org.porth.shared.Language;
import org.porth.shell.ServiceSearchBox;

/** Every example the search boxes suggest (on the start page and the services page) finds a service. */
class SearchHintExamplesTest extends PortalViewTest {

    /** "For example, bins, potholes or Council Tax": the words after the first comma, split at commas and "or". */
    private static final Pattern BETWEEN_EXAMPLES = Pattern.compile(",|\\s(?:or|neu)(?=[\\s'’])");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everySuggestedExampleFindsAService(Language language) {
        for (String page : List.of("", ServicesView.PATH)) {
            UI.getCurrent().navigate(page);
            chooseLanguage(language);
            List<String> examples = examples(find(Div.class).withClassName("porth-search__hint").single().getText());
            assertThat(examples).as("examples on /%s", page).hasSizeGreaterThanOrEqualTo(3);

            for (String example : examples) {
                UI.getCurrent().navigate(ServicesView.PATH, QueryParameters.of(ServiceSearchBox.PARAMETER, example));
                assertThat(find(RouterLink.class, currentView()).withClassName("porth-service-list__link").all())
                        .as("services found for ‘%s’ (%s)", example, language).isNotEmpty();
            }
        }
    }

    private static List<String> examples(String hint) {
        String afterIntro = hint.substring(hint.indexOf(',') + 1);
        return Arrays.stream(BETWEEN_EXAMPLES.split(afterIntro)).map(example -> example.replaceFirst("^['’]", "").strip())
                .filter(example -> !example.isEmpty()).toList();
    }
}
