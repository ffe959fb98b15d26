package org.porth.apply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.apply.GardenWasteForm;
import org.porth.browserless.SignedIn;
import org.porth.database.DatabaseProxy;
import org.porth.database.OnOwnPostgresSchema;
import org.porth.forms.Answer;
import org.porth.shared.Language;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Continue pressed while the database cannot be reached (a proxy between the portal and PostgreSQL
 * is severed): the page says "Sorry, there is a problem with the service", that what was typed is
 * not lost and to try again, with the reference the log has the error under, in English or Welsh;
 * what was typed stays in the box, and once the database is back the next Continue saves it.
 */
@OnOwnPostgresSchema
@SignedIn(name = "Elin Outage", email = "elin.outage@example.com")
class DatabaseBreakViewOnPostgresTest extends FormPageTest {

    private static DatabaseProxy proxy;

    private String draft;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws IOException {
        proxy = DatabaseProxy.forSchemaOf(DatabaseBreakViewOnPostgresTest.class, registry);
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    @BeforeEach
    void onTheNumberOfBinsPage() {
        proxy.restore();
        draft = startDraft(GardenWasteForm.SERVICE);
        GardenWasteForm.answer(applications, draft, "address",
                new Answer(Map.of("uprn", List.of(GardenWasteForm.RED_LION))));
        GardenWasteForm.answer(applications, draft, "has-bin", Answer.of("yes"));
    }

    @Test
    void aContinueWhileTheDatabaseIsDownSaysSorryAndKeepsWhatWasTypedAndTheNextSavesIt() {
        openPage(draft, "bin-count");
        test(binCount()).setValue("2");
        proxy.sever();

        continueAsTheBrowserWould();

        assertThat(currentView()).isInstanceOf(QuestionPageView.class);
        assertThat(problem().getElement().getTextRecursively()).contains("Sorry, there is a problem with the service",
                "What you typed has not been lost. Try again.",
                "If you contact the council about this, give them this reference:");
        assertThat(find(Span.class).from(problem()).withClassName("porth-reference").single().getText())
                .matches("[0-9A-F]{4}-[0-9A-F]{4}");
        assertThat(binCount().getValue()).isEqualTo("2");

        proxy.restore();
        pressContinue();

        assertThat(saved(draft).get("bin-count")).hasValue(Answer.of("2"));
        assertThat(find(Div.class).withId("service-problem").exists()).as("gone with the next page").isFalse();
    }

    @Test
    void inWelsh() {
        chooseLanguage(Language.WELSH);
        openPage(draft, "bin-count");
        test(binCount()).setValue("3");
        proxy.sever();

        continueAsTheBrowserWould();

        assertThat(problem().getElement().getTextRecursively()).contains(
                "Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth",
                "Nid yw'r hyn a deipioch wedi'i golli. Rhowch gynnig arall arni.");
        assertThat(binCount().getValue()).isEqualTo("3");
    }

    private void continueAsTheBrowserWould() {
        clickAsTheBrowserDoes(find(NativeButton.class).withId("continue").single());
    }

    private Div problem() {
        return find(Div.class).withId("service-problem").single();
    }

    private TextField binCount() {
        return find(TextField.class).id("q-bin-count");
    }
}
