package org.porth.notify.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.identity.Role;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.porth.shell.ForbiddenView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The resident's notifications: the navigation says how many are unread, the page lists them
 * newest first, and one or all can be marked as read, the count following at once; in English and
 * Welsh. Staff do not reach it.
 */
class MyNotificationsViewTest extends PortalViewTest {

    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private JdbcTemplate jdbc;

    private final Somebody resident = Somebody.named("Elin");

    @Test
    void theResidentSeesHowManyAreUnreadReadsThemAndMarksOneRead() {
        signIn(resident.asResident());
        UUID id = told("We need more information about your request PTH-AAAA-1111",
                "We need more information from you.\n\nReply at http://localhost/my-requests/PTH-AAAA-1111");

        UI.getCurrent().navigate("my-notifications");

        assertThat(link().getElement().getTextRecursively()).isEqualTo("Notifications (1 unread)");
        assertThat(text()).contains("We need more information about your request PTH-AAAA-1111", "New",
                "Reply at http://localhost/my-requests/PTH-AAAA-1111");
        NativeButton read = find(NativeButton.class).withText("Mark as read").single();
        assertThat(read.getAriaLabel()).hasValue("Mark as read: We need more information about your request PTH-AAAA-1111");
        Anchor reply = find(Anchor.class).withText("http://localhost/my-requests/PTH-AAAA-1111").single();
        assertThat(reply.getHref()).as("the link is one to follow").isEqualTo("http://localhost/my-requests/PTH-AAAA-1111");
        assertThat(reply.getParent().orElseThrow().getClassNames()).as("the text is not a banner's bold text")
                .containsExactly("porth-notifications__text");

        test(read).click();

        assertThat(link().getElement().getTextRecursively()).as("at once, on the same page").isEqualTo("Notifications");
        assertThat(text()).doesNotContain("New");
        assertThat(find(NativeButton.class).withText("Mark as read").all()).isEmpty();
        assertThat(jdbc.queryForObject("select read_at from notification where id = ?", Timestamp.class, id)).isNotNull();
        UI.getCurrent().navigate("my-requests");
        assertThat(link().getElement().getTextRecursively()).isEqualTo("Notifications");
    }

    @Test
    void markingAllReadEmptiesTheCountInTheHeaderAtOnce() {
        signIn(resident.asResident());
        told("We have received your request PTH-CCCC-3333", "Thank you.");
        told("Your request PTH-CCCC-3333 is finished", "We filled the pothole.");
        UI.getCurrent().navigate("my-notifications");
        assertThat(link().getElement().getTextRecursively()).isEqualTo("Notifications (2 unread)");

        test(find(NativeButton.class).withId("mark-all-read").single()).click();

        assertThat(link().getElement().getTextRecursively()).isEqualTo("Notifications");
        assertThat(text()).doesNotContain("New");
        assertThat(find(NativeButton.class).withId("mark-all-read").all()).as("nothing left to mark").isEmpty();
    }

    @Test
    void inWelsh() {
        signIn(resident.asResident());
        told("Rydym wedi cael eich cais PTH-BBBB-2222", "Diolch.");
        chooseLanguage(Language.WELSH);

        UI.getCurrent().navigate("my-notifications");

        assertThat(link().getElement().getTextRecursively()).isEqualTo("Hysbysiadau (1 heb eu darllen)");
        assertThat(text()).contains("Rydym wedi cael eich cais PTH-BBBB-2222", "Newydd");
    }

    @Test
    void staffHaveNoNotificationsLinkAndCannotOpenThePage() {
        signIn(People.officer(Role.CASEWORKER));

        UI.getCurrent().navigate("my-notifications");

        assertThat(currentView()).isInstanceOf(ForbiddenView.class);
        assertThat(find(RouterLink.class).withId(NotificationsLink.ID).all()).isEmpty();
    }

    private UUID told(String title, String text) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into notification (id, dedupe_key, kind, channel, resident_id, language, reference, link, subject,
                    body, status, attempts, next_attempt_at, created_at, sent_at)
                values (?, ?, 'MORE_INFORMATION', 'IN_PORTAL', ?, 'en', 'PTH-AAAA-1111', 'http://localhost/my-requests/PTH-AAAA-1111', ?, ?,
                    'SENT', 0, ?, ?, ?)""", id, "view:" + id, profiles.current().id().value(), title, text,
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        return id;
    }

    private RouterLink link() {
        return find(RouterLink.class).withId(NotificationsLink.ID).single();
    }

    private String text() {
        return find(Div.class).withId("notifications").single().getElement().getTextRecursively();
    }
}
