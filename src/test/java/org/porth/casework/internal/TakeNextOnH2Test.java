package org.porth.casework.internal;

/** Take next on H2, the embedded default. */
class TakeNextOnH2Test extends TakeNextContract {
}
