package org.porth.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.apply.RequestSubmitted;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.internal.CaseOpening;
import org.porth.casework.internal.Teams;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.shared.Reference;
import org.porth.tracking.SentRequests;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff see how a request came: online, by phone, or through the API and from which client. */
class CaseChannelTest extends PortalViewTest {

    @Autowired
    private CaseOpening opening;
    @Autowired
    private Catalogue catalogue;
    @Autowired
    private Teams teams;
    @Autowired
    private CurrentUser currentUser;

    @BeforeEach
    void aHighwaysOfficer() {
        signIn(People.signedIn("Highways Officer " + UUID.randomUUID(), null, Role.CASEWORKER));
        teams.join("highways", currentUser.get().orElseThrow().id(), false);
    }

    @Test
    void aRequestFromAnApiClientNamesTheClient() {
        String reference = opened(Channel.API, new RequestSubmitted.ApiClient("fix-app", "FixMyStreet Porthtown"));

        navigate("staff/cases/" + reference, CaseView.class);

        assertThat(facts()).contains("through the API, by FixMyStreet Porthtown").doesNotContain("online");
    }

    @Test
    void aRequestMadeOnlineSaysSo() {
        String reference = opened(Channel.WEB, null);

        navigate("staff/cases/" + reference, CaseView.class);

        assertThat(facts()).contains("online").doesNotContain("through the API");
    }

    private String facts() {
        return find(Div.class).id("case-facts").getElement().getTextRecursively();
    }

    private String opened(Channel channel, RequestSubmitted.ApiClient client) {
        String reference = Reference.random().value();
        opening.open(new RequestSubmitted(UUID.randomUUID().toString(), new Reference(reference), "pothole",
                catalogue.current("pothole").orElseThrow().version(), UUID.randomUUID().toString(), channel, null,
                Instant.now(), SentRequests.POTHOLE, client));
        return reference;
    }
}
