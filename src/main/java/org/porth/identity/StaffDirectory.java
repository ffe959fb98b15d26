package org.porth.identity;

import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

import org.porth.identity.internal.StaffMember;
import org.porth.identity.internal.StaffMemberRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the members of staff are, by the account ids the rest of the portal keeps (in teams, on
 * cases, in the audit log): the name each was given by their sign-in provider when they last signed
 * in ({@link StaffRecordAtSignIn}). Only staff may look names up.
 */
@Service
public class StaffDirectory {

    private final StaffMemberRepository members;

    StaffDirectory(StaffMemberRepository members) {
        this.members = members;
    }

    /** The names of the accounts it knows, in one read; nulls among the ids are left out. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public StaffNames names(Collection<String> accountIds) {
        var ids = accountIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return StaffNames.NONE;
        }
        return new StaffNames(members.findAllById(ids).stream()
                .collect(Collectors.toMap(StaffMember::accountId, StaffMember::displayName)));
    }
}
