package org.porth.casework.ui;

import java.time.Clock;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.porth.casework.CaseChanges;
import org.porth.casework.Cases;
import org.porth.casework.YourWork;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.shell.StaffHomeSection;

/** Puts a caseworker's or supervisor's own work on the staff start page; administrators have none. */
@org.springframework.stereotype.Component
class YourWorkSection implements StaffHomeSection {

    private final YourWork work;
    private final Cases cases;
    private final CaseChanges changes;
    private final CurrentUser currentUser;
    private final Clock clock;

    YourWorkSection(YourWork work, Cases cases, CaseChanges changes, CurrentUser currentUser, Clock clock) {
        this.work = work;
        this.cases = cases;
        this.changes = changes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        boolean worksCases = currentUser.get().filter(user -> user.has(Role.CASEWORKER) || user.has(Role.SUPERVISOR))
                .isPresent();
        return worksCases ? Optional.of(new YourWorkPanel(work, cases, changes, clock)) : Optional.empty();
    }
}
