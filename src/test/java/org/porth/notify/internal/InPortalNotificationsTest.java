package org.porth.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.identity.Role;
import org.porth.identity.SystemTask;
import org.porth.notify.InPortalNotification;
import org.porth.notify.InPortalNotifications;
import org.porth.notify.NotificationFailures;
import org.porth.notify.NotificationKind;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The bell's API: a resident reads and marks only their own notifications; staff and strangers none. */
@SpringBootTest
class InPortalNotificationsTest {

    @Autowired
    private InPortalNotifications notifications;
    @Autowired
    private NotificationFailures failures;
    @Autowired
    private ResidentNotifier notifier;
    @Autowired
    private ResidentProfiles profiles;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aResidentSeesAndMarksOnlyTheirOwn() {
        Somebody ann = Somebody.named("Ann");
        Somebody bob = Somebody.named("Bob");
        told(ann, "PTH-AAAA-1111");
        told(bob, "PTH-BBBB-2222");

        signIn(ann.asResident());
        assertThat(notifications.unreadCount()).isEqualTo(1);
        InPortalNotification own = notifications.latest(10).getFirst();
        assertThat(notifications.latest(10)).extracting(InPortalNotification::reference).containsExactly("PTH-AAAA-1111");
        assertThat(own.kind()).isEqualTo(NotificationKind.MORE_INFORMATION);
        assertThat(own.title()).contains("PTH-AAAA-1111");
        assertThat(own.read()).isFalse();

        signIn(bob.asResident());
        InPortalNotification bobs = notifications.latest(10).getFirst();
        signIn(ann.asResident());
        assertThat(notifications.markRead(bobs.id())).as("another resident's: nothing happens").isFalse();
        assertThat(notifications.markRead(own.id())).isTrue();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.latest(10).getFirst().read()).isTrue();

        signIn(bob.asResident());
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.latest(10)).extracting(InPortalNotification::reference).containsExactly("PTH-BBBB-2222");
    }

    @Test
    void markingAllReadMarksOnlyTheResidentsOwn() {
        Somebody cat = Somebody.named("Cat");
        Somebody dai = Somebody.named("Dai");
        told(cat, "PTH-CCCC-3333");
        told(cat, "PTH-CCCC-4444");
        told(dai, "PTH-DDDD-5555");

        signIn(cat.asResident());
        assertThat(notifications.markAllRead()).isEqualTo(2);
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.markAllRead()).as("none left").isZero();

        signIn(dai.asResident());
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }

    @Test
    void staffAndPeopleNotSignedInReachNone() {
        signIn(People.officer(Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN));
        assertThatThrownBy(notifications::unreadCount).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.latest(10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(notifications::markAllRead).isInstanceOf(AccessDeniedException.class);

        SecurityContextHolder.clearContext();
        assertThatThrownBy(notifications::unreadCount).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void onlyAdministratorsSeeAndRetryFailedNotifications() {
        signIn(Somebody.named("Cai").asResident());
        assertThatThrownBy(failures::undelivered).isInstanceOf(AccessDeniedException.class);

        signIn(People.officer(Role.CASEWORKER, Role.SUPERVISOR));
        assertThatThrownBy(failures::undelivered).isInstanceOf(AccessDeniedException.class);

        signIn(People.officer(Role.ADMIN));
        assertThat(failures.undelivered()).isNotNull();
    }

    private void told(Somebody resident, String reference) {
        signIn(resident.asResident());
        String id = profiles.current().id().toString();
        SecurityContextHolder.clearContext();
        SystemTask.NOTIFY.run(() -> {
            notifier.tell(id, NotificationKind.MORE_INFORMATION, reference, "test:" + reference, language -> new String[0]);
            return null;
        });
    }
}
