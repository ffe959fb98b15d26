package org.porth.identity.internal;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the staff directory's name of an account as its sign-in provider gives it now. */
@Component
public class StaffNameRecorder {

    /** The longest name kept (the column's size); a longer one is cut. */
    static final int MAX_NAME = 300;

    private final StaffMemberRepository members;
    private final Clock clock;

    StaffNameRecorder(StaffMemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Transactional
    public void record(String accountId, String displayName) {
        String name = displayName.length() > MAX_NAME ? displayName.substring(0, MAX_NAME) : displayName;
        members.findById(accountId).ifPresentOrElse(
                known -> {
                    if (!known.displayName().equals(name)) {
                        known.rename(name, clock.instant());
                    }
                },
                () -> members.save(new StaffMember(accountId, name, clock.instant())));
    }
}
