package org.porth.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.porth.apply.RequestSubmitted;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.internal.CaseOpening;
import org.porth.casework.internal.Teams;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.database.DatabaseProxy;
import org.porth.database.OnOwnPostgresSchema;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.shared.Reference;
import org.porth.tracking.SentRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Staff too: a note added while the database cannot be reached (a proxy between the portal and
 * PostgreSQL is severed) says "Sorry, there is a problem with the service" above the case, and the
 * note stays in its box; once the database is back, adding it works.
 */
@OnOwnPostgresSchema
class DatabaseBreakCaseViewOnPostgresTest extends PortalViewTest {

    private static DatabaseProxy proxy;

    @Autowired
    private CaseOpening opening;
    @Autowired
    private Catalogue catalogue;
    @Autowired
    private Teams teams;
    @Autowired
    private CurrentUser currentUser;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws IOException {
        proxy = DatabaseProxy.forSchemaOf(DatabaseBreakCaseViewOnPostgresTest.class, registry);
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void aNoteAddedWhileTheDatabaseIsDownSaysSorryAndStaysAndIsAddedOnceItIsBack() {
        String reference = Reference.random().value();
        opening.open(new RequestSubmitted(UUID.randomUUID().toString(), new Reference(reference), "pothole",
                catalogue.current("pothole").orElseThrow().version(), UUID.randomUUID().toString(), Channel.PHONE,
                "staff:someone", Instant.now(), SentRequests.POTHOLE));
        signIn(People.signedIn("Highways Officer " + reference, null, Role.CASEWORKER));
        teams.join("highways", currentUser.get().orElseThrow().id(), false);
        navigate("staff/cases/" + reference, CaseView.class);
        TextArea note = find(TextArea.class).withId("note").single();
        test(note).setValue("Crew booked for Thursday");
        proxy.sever();

        clickAsTheBrowserDoes(addNote());

        assertThat(find(Div.class).withId("service-problem").single().getElement().getTextRecursively())
                .contains("Sorry, there is a problem with the service", "What you typed has not been lost. Try again.");
        assertThat(note.getValue()).isEqualTo("Crew booked for Thursday");

        proxy.restore();
        test(addNote()).click();

        assertThat(find(Div.class).withId("case-timeline").single().getElement().getTextRecursively())
                .contains("Crew booked for Thursday");
    }

    private NativeButton addNote() {
        return find(NativeButton.class).withText("Add note").single();
    }
}
