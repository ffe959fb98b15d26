package org.porth.identity;

import org.porth.database.OnOwnPostgresSchema;

/** The language choice race on PostgreSQL. */
@OnOwnPostgresSchema
class LanguageChoiceRaceOnPostgresTest extends LanguageChoiceRaceContract {
}
