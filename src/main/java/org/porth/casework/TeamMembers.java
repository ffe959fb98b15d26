package org.porth.casework;

import java.util.List;

import org.porth.catalogue.Text;

/** A team, its name in English and Welsh, and its members, supervisors first. */
public record TeamMembers(String id, Text name, List<Member> members) {

    public TeamMembers {
        members = List.copyOf(members);
    }

    /** A member by sign-in account id (e.g. {@code staff:cara}); a supervisor supervises the team. */
    public record Member(String staffId, boolean supervisor) {
    }
}
