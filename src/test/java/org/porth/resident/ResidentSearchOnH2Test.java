package org.porth.resident;

/** The search for callers on H2, the embedded default. */
class ResidentSearchOnH2Test extends ResidentSearchContract {
}
