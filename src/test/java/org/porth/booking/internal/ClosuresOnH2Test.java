package org.porth.booking.internal;

/** Closures on H2, the embedded default. */
class ClosuresOnH2Test extends ClosuresContract {
}
