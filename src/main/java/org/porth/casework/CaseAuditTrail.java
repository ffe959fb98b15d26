package org.porth.casework;

import java.util.List;

import org.porth.casework.internal.AuditEntries;
import org.porth.casework.internal.CaseAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Supervisors read who looked at and changed a case, oldest first. */
@Service
public class CaseAuditTrail {

    private final CaseAccess access;
    private final AuditEntries entries;

    CaseAuditTrail(CaseAccess access, AuditEntries entries) {
        this.access = access;
        this.entries = entries;
    }

    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<AuditItem> of(String reference) {
        return entries.findByCaseIdOrderByAt(access.staffCase(reference).id()).stream()
                .map(entry -> new AuditItem(entry.at(), entry.staffId(), entry.action(), entry.screen(), entry.detail()))
                .toList();
    }
}
