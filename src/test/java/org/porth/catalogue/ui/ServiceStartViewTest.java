package org.porth.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.porth.browserless.PortalViewTest;
import org.porth.shared.Language;
import org.porth.shell.NotFoundView;

/** A service's start page: what you need, how long it takes, what happens next, and Start now. */
class ServiceStartViewTest extends PortalViewTest {

    @Test
    void theStartPageSaysWhatYouNeedHowLongAndWhatHappensNext() {
        navigate("services/missed-bin", ServiceStartView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Report a missed bin collection");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Report a missed bin collection – Porth County Council");
        assertThat(find(H2.class, currentView()).all()).extracting(H2::getText).containsExactly(
                "What you need", "How long it takes", "What happens next", "Other ways to use this service");
        assertThat(find(ListItem.class, currentView()).all()).extracting(item -> item.getElement().getText())
                .containsExactly("the address where the bin was missed", "the date your bin should have been collected");
        assertThat(pageText()).contains("It takes about 3 minutes.", "We aim to respond within 2 working days.",
                "Call us on 0300 123 4567, Monday to Friday, 9am to 5pm.");
    }

    @Test
    void startNowLeadsToTheServicesQuestions() {
        navigate("services/pothole", ServiceStartView.class);

        Anchor start = find(Anchor.class).withText("Start now").single();
        assertThat(start.getHref()).isEqualTo("apply/pothole");
        assertThat(start.getClassNames()).contains("porth-button", "porth-button--start");
    }

    @Test
    void theServiceLevelIsInWordsForHoursToo() {
        navigate("services/housing-repair", ServiceStartView.class);

        assertThat(pageText()).contains("We aim to respond within 4 working hours.");
    }

    @Test
    void inWelshTheWholeStartPageIsWelsh() {
        navigate("services/missed-bin", ServiceStartView.class);
        chooseLanguage(Language.WELSH);

        assertThat(find(H1.class).single().getText()).isEqualTo("Rhoi gwybod am gasgliad bin a fethwyd");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Rhoi gwybod am gasgliad bin a fethwyd – Cyngor Sir Porth");
        assertThat(pageText()).contains("Beth sydd ei angen arnoch chi", "Mae'n cymryd tua 3 munud.",
                "Ein nod yw ymateb o fewn 2 ddiwrnod gwaith.").doesNotContain("What you need");
        assertThat(find(Anchor.class).withText("Dechrau nawr").single().getHref()).isEqualTo("apply/missed-bin");
    }

    @Test
    void anUnknownServiceIsPageNotFound() {
        UI.getCurrent().navigate("services/no-such-service");

        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
