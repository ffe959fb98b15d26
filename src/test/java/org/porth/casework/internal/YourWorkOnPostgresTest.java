package org.porth.casework.internal;

import org.porth.database.OnOwnPostgresSchema;

/** Your work on PostgreSQL, where the last look is written with MERGE (PostgreSQL 15). */
@OnOwnPostgresSchema
class YourWorkOnPostgresTest extends YourWorkContract {
}
