package org.porth.apply;

import org.porth.database.OnOwnPostgresSchema;

/** The satisfaction race on PostgreSQL. */
@OnOwnPostgresSchema
class SatisfactionRaceOnPostgresTest extends SatisfactionRaceContract {
}
