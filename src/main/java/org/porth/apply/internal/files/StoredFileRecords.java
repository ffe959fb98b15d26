package org.porth.apply.internal.files;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredFileRecords extends JpaRepository<StoredFileRecord, String> {

    List<StoredFileRecord> findByDraftId(String draftId);
}
