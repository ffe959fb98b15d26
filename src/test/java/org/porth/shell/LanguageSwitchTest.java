package org.porth.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import org.junit.jupiter.api.Test;
import org.porth.browserless.PortalViewTest;
import org.porth.browserless.SignedIn;
import org.porth.shared.Language;

/** English and Welsh: the language link in the header, and the whole page in the chosen language. */
class LanguageSwitchTest extends PortalViewTest {

    @Test
    void englishPagesOfferCymraeg() {
        Anchor link = languageLink();

        assertThat(link.getText()).isEqualTo("Cymraeg");
        assertThat(link.getElement().getAttribute("lang")).isEqualTo("cy");
        assertThat(link.getElement().getAttribute("hreflang")).isEqualTo("cy");
        assertThat(link.getHref()).isEqualTo("/?lang=cy");
    }

    @Test
    @SignedIn
    void languageLinkReloadsTheCurrentPage() {
        UI.getCurrent().navigate("my-requests");

        assertThat(languageLink().getHref()).isEqualTo("/my-requests?lang=cy");
    }

    @Test
    void followingTheLinkShowsThePageInWelsh() {
        chooseLanguage(Language.WELSH);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.of("cy"));
        assertThat(currentView()).isInstanceOf(StartView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Beth sydd angen i chi ei wneud?");
        assertThat(find(ListItem.class, find(Nav.class).id(ResidentHeader.NAV_ID)).first().getElement()
                .getTextRecursively()).isEqualTo("Hafan");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Beth sydd angen i chi ei wneud? – Cyngor Sir Porth");
    }

    @Test
    void welshPagesOfferEnglish() {
        chooseLanguage(Language.WELSH);
        Anchor link = languageLink();

        assertThat(link.getText()).isEqualTo("English");
        assertThat(link.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(link.getHref()).isEqualTo("/?lang=en");
    }

    @Test
    void welshReachesTheFooterAndTheMenuButton() {
        chooseLanguage(Language.WELSH);

        assertThat(pageText())
                .contains(welsh("footer.help"), welsh("footer.staff-sign-in"), welsh("shell.menu"))
                .doesNotContain(english("footer.help"), english("shell.sign-in"));
    }

    private Anchor languageLink() {
        return find(Anchor.class).withAttribute("hreflang").single();
    }
}
