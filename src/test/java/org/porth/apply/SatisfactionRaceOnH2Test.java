package org.porth.apply;

/** The satisfaction race on H2, the embedded default. */
class SatisfactionRaceOnH2Test extends SatisfactionRaceContract {
}
