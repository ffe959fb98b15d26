package org.porth.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Header;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.browserless.SignedIn;
import org.porth.identity.DemoAccounts;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On the embedded defaults the demo accounts exist, so the residents' and the staff frames both
 * start with their warning: a region named for screen readers, right after the skip link.
 */
class DemoAccountsBannerTest extends PortalViewTest {

    @Autowired
    private DemoAccounts demoAccounts;

    @Test
    void theEmbeddedDefaultsHaveDemoAccounts() {
        assertThat(demoAccounts.exist()).isTrue();
    }

    @Test
    void residentsPagesWarnOfTheDemoAccountsAboveTheHeader() {
        navigate(StartView.class);

        assertBanner(english("demo-banner.label"), english("demo-banner.prefix") + " " + english("demo-banner.text"));
        assertThat(frame(ResidentLayout.class)).extracting(Component::getClass)
                .startsWith(SkipLink.class, DemoAccountsBanner.class, ResidentHeader.class);
    }

    @Test
    void theWarningIsInWelshOnWelshPages() {
        navigate(StartView.class);
        chooseLanguage(Language.WELSH);

        assertBanner("Porth arddangos", "Rhybudd Porth arddangos yw hwn. Gall unrhyw un fewngofnodi i'w gyfrifon"
                + " arddangos gan fod eu cyfrineiriau wedi'u cyhoeddi. Peidiwch â rhoi gwybodaeth bersonol go iawn.");
    }

    @Test
    @SignedIn(value = Role.CASEWORKER, name = People.OFFICER_NAME, email = People.OFFICER_EMAIL)
    void staffPagesWarnToo() {
        navigate(StaffHomeView.class);

        assertBanner(english("demo-banner.label"), english("demo-banner.prefix") + " " + english("demo-banner.text"));
        assertThat(frame(StaffLayout.class)).extracting(Component::getClass)
                .startsWith(SkipLink.class, DemoAccountsBanner.class, StaffHeader.class);
        assertThat(find(Header.class).single()).isInstanceOf(StaffHeader.class);
    }

    private void assertBanner(String label, String text) {
        DemoAccountsBanner banner = find(DemoAccountsBanner.class).single();
        assertThat(banner.getElement().getTag()).isEqualTo("section");
        assertThat(banner.getElement().getAttribute("aria-label")).isEqualTo(label);
        assertThat(banner.getElement().getTextRecursively()).isEqualTo(text);
    }

    private List<Component> frame(Class<? extends Component> layout) {
        return find(layout).single().getChildren().toList();
    }
}
