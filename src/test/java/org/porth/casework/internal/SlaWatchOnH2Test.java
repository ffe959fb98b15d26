package org.porth.casework.internal;

/** The service-level watch on H2, the embedded default. */
class SlaWatchOnH2Test extends SlaWatchContract {
}
