package org.porth.casework.internal;

/** The case activity feed on H2, the embedded default. */
class CaseActivityFeedOnH2Test extends CaseActivityFeedContract {
}
