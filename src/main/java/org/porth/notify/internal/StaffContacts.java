package org.porth.notify.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.porth.identity.CurrentUser;
import org.porth.identity.LanguagePreferences;
import org.porth.identity.Role;
import org.porth.identity.SignedInUser;
import org.porth.shared.Language;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Staff email addresses, for notifications to supervisors and administrators. Porth has no staff
 * directory: the address is the one the staff sign-in provider gives (the OIDC {@code email} claim),
 * kept at each sign-in with whether they are an administrator, so it follows the council's own directory.
 */
@Component
class StaffContacts {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final LanguagePreferences languages;
    private final Clock clock;

    StaffContacts(JdbcClient jdbc, CurrentUser currentUser, LanguagePreferences languages, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.languages = languages;
        this.clock = clock;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        currentUser.get().filter(SignedInUser::isStaff).filter(user -> user.email() != null)
                .ifPresent(this::keep);
    }

    void keep(SignedInUser staff) {
        String language = languages.current().orElse(Language.ENGLISH).code();
        boolean administrator = staff.has(Role.ADMIN);
        int changed = jdbc.sql("""
                update staff_contact set email = ?, language = ?, administrator = ?, updated_at = ?
                where staff_id = ?""")
                .params(staff.email(), language, administrator, Outbox.at(clock.instant()), staff.id()).update();
        if (changed == 0) {
            jdbc.sql("""
                    insert into staff_contact (staff_id, email, language, administrator, updated_at)
                    values (?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(staff.id(), staff.email(), language, administrator, Outbox.at(clock.instant())).update();
        }
    }

    /** The administrators, as their last sign-in said, with their addresses: told when notifications wait too long. */
    List<Administrator> administrators() {
        return jdbc.sql("select staff_id, email, language from staff_contact where administrator order by staff_id")
                .query((row, n) -> new Administrator(row.getString("staff_id"), new Contact(row.getString("email"),
                        Language.fromCode(row.getString("language")).orElse(Language.ENGLISH))))
                .list();
    }

    Optional<Contact> of(String staffId) {
        return jdbc.sql("select email, language from staff_contact where staff_id = ?").param(staffId)
                .query((row, n) -> new Contact(row.getString("email"),
                        Language.fromCode(row.getString("language")).orElse(Language.ENGLISH)))
                .optional();
    }

    /** @param email null when the supervisor has not signed in since notifications began */
    record Contact(String email, Language language) {
    }

    record Administrator(String staffId, Contact contact) {
    }
}
