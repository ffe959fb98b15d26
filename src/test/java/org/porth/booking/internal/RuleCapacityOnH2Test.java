package org.porth.booking.internal;

/** An administrator's capacity on H2, the embedded default. */
class RuleCapacityOnH2Test extends RuleCapacityContract {
}
