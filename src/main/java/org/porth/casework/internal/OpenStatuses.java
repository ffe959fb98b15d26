package org.porth.casework.internal;

import java.util.Arrays;
import java.util.List;

import org.porth.casework.CaseStatus;

/** The statuses of cases still being worked, as stored, for queries that read only those. */
final class OpenStatuses {

    static final List<String> NAMES = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen)
            .map(CaseStatus::name).toList();

    private OpenStatuses() {
    }
}
