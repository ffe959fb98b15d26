package org.porth.casework.internal;

/** The audit trail on H2, the embedded default. */
class CaseAuditOnH2Test extends CaseAuditContract {
}
