package org.porth.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.porth.browserless.PortalViewTest;
import org.porth.browserless.SignedIn;
import org.porth.identity.Role;

/** The phone-width Menu button: what it controls, and that it opens, closes and closes on navigation. */
class MenuButtonTest extends PortalViewTest {

    @Test
    void controlsTheMainNavigationAndStartsClosed() {
        NativeButton menu = menuButton();

        assertThat(menu.getText()).isEqualTo(english("shell.menu"));
        assertThat(menu.getElement().getAttribute("aria-controls")).isEqualTo(ResidentHeader.NAV_ID);
        assertThat(find(Nav.class).id(ResidentHeader.NAV_ID)).isNotNull();
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(residentHeader().hasClassName(MenuButton.OPEN)).isFalse();
    }

    @Test
    void clickingOpensThenClosesTheMenu() {
        test(menuButton()).click();

        assertThat(menuButton().getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(residentHeader().hasClassName(MenuButton.OPEN)).isTrue();

        test(menuButton()).click();

        assertThat(menuButton().getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(residentHeader().hasClassName(MenuButton.OPEN)).isFalse();
    }

    @Test
    void goingToAnotherPageClosesTheMenu() {
        test(menuButton()).click();

        test(find(RouterLink.class).withText(english("footer.help")).single()).click();

        assertThat(currentView()).isInstanceOf(HelpView.class);
        assertThat(menuButton().getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(residentHeader().hasClassName(MenuButton.OPEN)).isFalse();
    }

    @Test
    @SignedIn(Role.CASEWORKER)
    void staffMenuControlsTheSideNavigation() {
        UI.getCurrent().navigate(StaffHomeView.class);
        StaffLayout layout = find(StaffLayout.class).single();

        test(menuButton()).click();

        assertThat(menuButton().getElement().getAttribute("aria-controls")).isEqualTo(StaffLayout.NAV_ID);
        assertThat(find(Nav.class).id(StaffLayout.NAV_ID)).isNotNull();
        assertThat(menuButton().getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(layout.hasClassName(MenuButton.OPEN)).isTrue();
    }

    private NativeButton menuButton() {
        return find(NativeButton.class).withClassName("porth-header__menu-button").single();
    }

    private Header residentHeader() {
        return find(ResidentHeader.class).single();
    }
}
