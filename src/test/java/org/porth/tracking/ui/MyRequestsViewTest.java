package org.porth.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.porth.browserless.PortalViewTest;
import org.porth.browserless.SignedIn;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** My requests: what a resident sees before they have asked the council for anything. */
@SignedIn
class MyRequestsViewTest extends PortalViewTest {

    @Test
    void residentWithNoRequestsIsToldSo() {
        MyRequestsView view = navigate(MyRequestsView.class);

        assertThat(find(H1.class, view).single().getText()).isEqualTo("My requests");
        assertThat(find(Paragraph.class, view).all()).extracting(p -> p.getElement().getTextRecursively())
                .containsExactly(english("booking.mine.link"), "You have not made any requests yet.",
                        english("my-requests.empty-hint"));
        assertThat(find(Anchor.class, view).withText(english("booking.mine.link")).single().getHref())
                .isEqualTo("my-bookings");
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorIsSentToSignInInstead() {
        UI.getCurrent().navigate(MyRequestsView.class);

        assertThat(currentView()).isNotInstanceOf(MyRequestsView.class);
        assertThat(find(MyRequestsView.class).exists()).isFalse();
        assertThat(pageLocation()).isEqualTo("/sign-in");
    }

    @Test
    void pageIsTitledAndMarkedCurrentInTheNavigation() {
        navigate(MyRequestsView.class);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("My requests – Porth County Council");
        assertThat(find(RouterLink.class).withText(english("nav.my-requests")).single()
                .getElement().getAttribute("aria-current")).isEqualTo("page");
        assertThat(find(RouterLink.class).withText(english("nav.home")).single()
                .getElement().hasAttribute("aria-current")).isFalse();
    }
}
