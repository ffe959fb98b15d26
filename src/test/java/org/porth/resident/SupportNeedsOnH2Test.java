package org.porth.resident;

/** Support needs on H2, the embedded default. */
class SupportNeedsOnH2Test extends SupportNeedsContract {
}
