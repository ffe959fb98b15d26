package org.porth.devices.internal;

/** Signals to cases on the default database. */
class SignalCasesOnH2Test extends SignalCasesContract {
}
