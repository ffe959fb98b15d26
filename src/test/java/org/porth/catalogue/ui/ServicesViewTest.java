package org.porth.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.porth.browserless.PortalViewTest;
import org.porth.shared.Language;
import org.porth.shell.ServiceSearchBox;

/** Residents find services by topic or by searching, in English and in Welsh, without signing in. */
class ServicesViewTest extends PortalViewTest {

    @Test
    void servicesAreListedUnderTheirTopics() {
        navigate(ServicesView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Council services");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Council services – Porth County Council");
        assertThat(headings()).containsExactly("Bins, recycling and waste", "Roads, streets and pavements",
                "Council Tax", "Housing", "Care and support for adults", "Schools and education",
                "Births, deaths and marriages", "Blue Badges and parking");
        RouterLink missedBin = serviceLink("Report a missed bin collection");
        assertThat(missedBin.getHref()).isEqualTo("services/missed-bin");
        assertThat(serviceLinks()).hasSize(12);
    }

    @Test
    void aServiceLinkOpensItsStartPage() {
        navigate(ServicesView.class);

        test(serviceLink("Report a pothole")).click();

        assertThat(currentView()).isInstanceOf(ServiceStartView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Report a pothole");
    }

    @Test
    void theSearchFormIsAPlainLabelledGetForm() {
        navigate(ServicesView.class);
        ServiceSearchBox form = find(ServiceSearchBox.class).single();
        Input words = find(Input.class, form).single();

        assertThat(form.getElement().getAttribute("method")).isEqualTo("get");
        assertThat(form.getElement().getAttribute("action")).isEqualTo("services");
        assertThat(words.getElement().getAttribute("name")).isEqualTo("q");
        assertThat(words.getElement().getAttribute("type")).isEqualTo("search");
        assertThat(find(NativeLabel.class, form).single().getFor()).contains(words.getId().orElseThrow());
        assertThat(find(NativeLabel.class, form).single().getText()).isEqualTo("Search for a service");
        assertThat(find(NativeButton.class, form).single().getElement().getAttribute("type")).isEqualTo("submit");
    }

    @Test
    void searchingForBinFindsTheWasteServices() {
        search("bin");

        assertThat(headings()).containsExactly("4 services found for ‘bin’");
        assertThat(serviceLinks()).startsWith("Report a missed bin collection", "Subscribe to garden waste collections",
                "Request a bulky waste collection");
        assertThat(find(Input.class).id(ServicesView.SEARCH_ID).getValue()).isEqualTo("bin");
        assertThat(find(RouterLink.class).withText("Browse all services").exists()).isTrue();
    }

    @Test
    void aSearchThatFindsNothingSaysWhatToTryInstead() {
        search("spaceship");

        assertThat(headings()).containsExactly("No services found for ‘spaceship’");
        assertThat(pageText()).contains("To find what you need:", "check your spelling",
                "If you still cannot find what you need, call us on 0300 123 4567.");
        assertThat(find(RouterLink.class).withText("browse all services").single().getHref()).isEqualTo("services");
        assertThat(serviceLinks()).isEmpty();
    }

    @Test
    void inWelshTheTopicsAndServicesAreWelsh() {
        navigate(ServicesView.class);
        chooseLanguage(Language.WELSH);

        assertThat(find(H1.class).single().getText()).isEqualTo("Gwasanaethau'r cyngor");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Gwasanaethau'r cyngor – Cyngor Sir Porth");
        assertThat(headings()).startsWith("Biniau, ailgylchu a gwastraff", "Ffyrdd, strydoedd a phalmentydd");
        assertThat(serviceLinks()).contains("Rhoi gwybod am gasgliad bin a fethwyd")
                .doesNotContain("Report a missed bin collection");
        assertThat(find(NativeLabel.class).single().getText()).isEqualTo("Chwilio am wasanaeth");
    }

    @Test
    void searchingInWelshFindsTheWasteServicesByEnglishAndWelshWords() {
        search("sbwriel");
        chooseLanguage(Language.WELSH);

        assertThat(headings()).containsExactly("Cafwyd hyd i 2 wasanaeth ar gyfer ‘sbwriel’");
        assertThat(serviceLinks()).containsExactly("Gofyn am gasgliad gwastraff swmpus",
                "Rhoi gwybod am gasgliad bin a fethwyd");

        search("bin");
        assertThat(serviceLinks()).contains("Rhoi gwybod am gasgliad bin a fethwyd",
                "Tanysgrifio i gasgliadau gwastraff gardd", "Gofyn am gasgliad gwastraff swmpus");
    }

    /** The recycling centre is booked on its own, not in a service's form, and search finds it too. */
    @Test
    void theRecyclingCentreBookingIsFoundByItsOwnWordsInEnglishAndWelsh() {
        for (String words : List.of("recycling centre", "tip", "household waste recycling centres")) {
            search(words);
            assertThat(headings()).as(words).containsExactly("1 service found for ‘" + words + "’");
            Anchor booking = find(Anchor.class, currentView()).withText("Book a recycling centre visit").single();
            assertThat(booking.getHref()).isEqualTo("book/recycling-centre");
        }

        chooseLanguage(Language.WELSH);
        search("canolfan ailgylchu");
        assertThat(find(Anchor.class, currentView()).withText("Trefnu ymweliad â'r ganolfan ailgylchu").single()
                .getHref()).isEqualTo("book/recycling-centre");
    }

    @Test
    void registerOfficeAppointmentsAreFoundByTheirOwnWords() {
        search("register office appointment");
        assertThat(serviceLinks()).containsExactly("Book an appointment to register a birth");
        search("swyddfa gofrestru");
        assertThat(serviceLinks()).containsExactly("Book an appointment to register a birth");
    }

    @Test
    void theNavigationOffersServicesToEveryone() {
        navigate(ServicesView.class);

        RouterLink services = find(RouterLink.class, find(Nav.class).id("porth-navigation"))
                .withText("Services").single();
        assertThat(services.getElement().getAttribute("aria-current")).isEqualTo("page");
    }

    private List<String> headings() {
        return find(H2.class, currentView()).all().stream().map(H2::getText).toList();
    }

    private List<String> serviceLinks() {
        return find(RouterLink.class, currentView()).withClassName("porth-service-list__link").all().stream()
                .map(RouterLink::getText).toList();
    }

    private RouterLink serviceLink(String name) {
        return find(RouterLink.class).withClassName("porth-service-list__link").withText(name).single();
    }

    /** What submitting the search form does: load services?q=words. */
    private void search(String words) {
        UI.getCurrent().navigate(ServicesView.PATH, QueryParameters.of(ServiceSearchBox.PARAMETER, words));
        assertThat(currentView()).isInstanceOf(ServicesView.class);
    }
}
