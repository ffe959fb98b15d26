package org.porth.casework.internal;

/** Your work on H2, the embedded default. */
class YourWorkOnH2Test extends YourWorkContract {
}
