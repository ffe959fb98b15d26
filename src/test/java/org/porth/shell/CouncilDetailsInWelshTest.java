package org.porth.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.porth.browserless.PortalViewTest;
import org.porth.shared.Language;

/** The council's own details on a page read as the page's language reads them. */
class CouncilDetailsInWelshTest extends PortalViewTest {

    @Test
    void englishPagesGiveTheEnglishAddressAndName() {
        UI.getCurrent().navigate("help");

        assertThat(pageText()).contains("Visit or write to us at County Hall, Heol y Castell, Porth, PT1 1AA.",
                "9am to 5pm", "Run by Porth County Council");
    }

    @Test
    void welshPagesGiveTheWelshAddressOpeningHoursAndTheNameMutatedAfterGan() {
        chooseLanguage(Language.WELSH);
        UI.getCurrent().navigate("help");

        assertThat(pageText())
                .contains("Ymwelwch â ni neu ysgrifennwch atom yn Neuadd y Sir, Heol y Castell, Porth, PT1 1AA.",
                        "9yb i 5yh", "Yn cael ei redeg gan Gyngor Sir Porth")
                .doesNotContain("County Hall", "9am", "gan Cyngor");
    }
}
