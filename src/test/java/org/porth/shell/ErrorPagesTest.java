package org.porth.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.porth.browserless.PortalViewTest;

/** What a visitor sees when a page does not exist or something fails. */
class ErrorPagesTest extends PortalViewTest {

    private static final String REFERENCE = "[0-9A-F]{4}-[0-9A-F]{4}";

    @Test
    void unknownAddressShowsPageNotFoundWithTheWayBack() {
        UI.getCurrent().navigate("no-such-page");

        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found – Porth County Council");
        assertThat(find(ResidentLayout.class).exists()).isTrue();

        RouterLink startPage = find(RouterLink.class).withText(english("error.home-link")).single();
        assertThat(startPage.getHref()).isEmpty();
        test(startPage).click();
        assertThat(currentView()).isInstanceOf(StartView.class);
    }

    @Test
    void notFoundPageOffersContactToo() {
        UI.getCurrent().navigate("no-such-page");

        RouterLink contact = find(RouterLink.class).withText(english("error.contact")).single();
        assertThat(contact.getHref()).isEqualTo("help");
    }

    @Test
    void failingPageApologisesWithAReferenceAndHidesTheError() {
        UI.getCurrent().navigate(FailingTestView.PATH);

        assertThat(currentView()).isInstanceOf(ServerErrorView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(find(Span.class).withClassName("porth-reference").single().getText()).matches(REFERENCE);
        assertThat(pageText())
                .contains(english("error.server.reference"))
                .doesNotContain(FailingTestView.SECRET, IllegalStateException.class.getSimpleName());
    }

    @Test
    void referenceIsEightHexDigitsInTwoGroups() {
        Set<String> references = new HashSet<>();
        IntStream.range(0, 200).forEach(i -> references.add(ServerErrorView.newCorrelationId()));

        assertThat(references).allSatisfy(reference -> assertThat(reference).matches(REFERENCE));
        assertThat(references).hasSizeGreaterThan(195);
    }
}
