package org.porth.booking.internal;

/** An administrator's rules on H2, the embedded default. */
class RuleChangesOnH2Test extends RuleChangesContract {
}
