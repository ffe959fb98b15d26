package org.porth.casework.internal;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The audit log's store: add and read, nothing else (no update, no delete). */
public interface AuditEntries extends Repository<AuditEntry, String> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByCaseIdOrderByAt(String caseId);
}
