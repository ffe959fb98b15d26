package org.porth.casework.internal;

/** The queue view on H2, the embedded default. */
class CaseQueuesOnH2Test extends CaseQueuesContract {
}
