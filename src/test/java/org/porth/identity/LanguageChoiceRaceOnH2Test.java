package org.porth.identity;

/** The language choice race on H2, the embedded default. */
class LanguageChoiceRaceOnH2Test extends LanguageChoiceRaceContract {
}
