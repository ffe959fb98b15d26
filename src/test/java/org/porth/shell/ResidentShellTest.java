package org.porth.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.porth.browserless.PortalViewTest;
import org.porth.browserless.SignedIn;
import org.porth.identity.Role;
import org.porth.shared.Language;

/** The residents' frame: start page, header navigation, footer and idle warning, by who is signed in. */
class ResidentShellTest extends PortalViewTest {

    @Test
    void anonymousVisitorStartsOnWhatDoYouNeedToDo() {
        assertThat(currentView()).isInstanceOf(StartView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("What do you need to do?");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("What do you need to do? – Porth County Council");
    }

    @Test
    void theStartPageSearchesTheServicesOrBrowsesThemAll() {
        ServiceSearchBox search = find(ServiceSearchBox.class).single();
        Input words = find(Input.class, search).single();

        assertThat(search.getElement().getAttribute("method")).isEqualTo("get");
        assertThat(search.getElement().getAttribute("action")).isEqualTo("services");
        assertThat(words.getElement().getAttribute("name")).isEqualTo("q");
        assertThat(find(NativeLabel.class, search).single().getText()).isEqualTo("Search for a service");
        assertThat(find(NativeLabel.class, search).single().getFor()).isEqualTo(words.getId());
        assertThat(find(Anchor.class).withText("Browse all services").single().getHref()).isEqualTo("services");
    }

    @Test
    void anonymousVisitorIsOfferedHomeServicesAndSignInOnly() {
        assertThat(mainNavigation()).containsExactly("Home", "Services", "Sign in");
    }

    @Test
    void footerHasThePublicPagesAndStaffSignIn() {
        assertThat(itemsOf(find(Footer.class).single())).containsExactly(
                "Help and contact", "Accessibility statement", "Privacy notice", "Cookies", "Open data", "Staff sign in");
    }

    @Test
    void anonymousVisitorGetsNoIdleWarning() {
        assertThat(idleWarnings()).isEmpty();
    }

    @Test
    @SignedIn
    void residentIsOfferedTheirPagesAndSignOut() {
        assertThat(mainNavigation()).containsExactly(english("nav.home"), "Services", "My requests", "My bookings",
                "My account", "Notifications", "Sign out")
                .doesNotContain(english("shell.sign-in"), english("nav.staff-area"));
    }

    /** On a phone the navigation folds behind the Menu button: opening it offers the same pages. */
    @Test
    @SignedIn
    void thePhoneMenuOffersMyBookingsInEnglishAndWelsh() {
        MenuButton menu = find(MenuButton.class).single();
        assertThat(menu.getElement().getAttribute("aria-controls")).isEqualTo(ResidentHeader.NAV_ID);

        test(menu).click();

        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(mainNavigation()).contains("My bookings");
        assertThat(find(RouterLink.class, find(Nav.class).id(ResidentHeader.NAV_ID)).withText("My bookings").single()
                .getHref()).isEqualTo("my-bookings");
        chooseLanguage(Language.WELSH);
        assertThat(mainNavigation()).contains("Fy archebion");
    }

    @Test
    @SignedIn
    void residentFooterHasNoStaffSignIn() {
        assertThat(itemsOf(find(Footer.class).single()))
                .contains(english("footer.help"))
                .doesNotContain(english("footer.staff-sign-in"));
    }

    @Test
    @SignedIn
    void residentIsWarnedBeforeAnIdleSessionEnds() {
        assertThat(idleWarnings()).singleElement().satisfies(dialog -> {
            assertThat(dialog.getElement().getAttribute("aria-labelledby")).isEqualTo("idle-warning-title");
            assertThat(dialog.getElement().getTextRecursively())
                    .contains("You will be signed out soon")
                    .contains(english("idle.text", english("time.minutes", 2)))
                    .contains(english("idle.stay"), english("idle.sign-out"));
        });
    }

    @Test
    @SignedIn(value = Role.CASEWORKER, name = "Cara Jones")
    void staffOnResidentPagesAreOfferedTheStaffArea() {
        // a caseworker is not a resident: their requests and account pages are not offered
        assertThat(mainNavigation()).containsExactly(english("nav.home"), english("nav.services"), "Staff area",
                english("shell.sign-out"));
    }

    private List<String> mainNavigation() {
        return itemsOf(find(Nav.class).id(ResidentHeader.NAV_ID));
    }

    private List<String> itemsOf(Component container) {
        return find(ListItem.class, container).all().stream()
                .map(item -> item.getElement().getTextRecursively().strip())
                .toList();
    }

    private List<Component> idleWarnings() {
        return find(Component.class)
                .withCondition(component -> component.getElement().getTag().equals("dialog"))
                .all();
    }
}
