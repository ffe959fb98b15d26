package org.porth.resident;

import org.porth.database.OnOwnPostgresSchema;

/** The search for callers on PostgreSQL, in a schema of this class's own. */
@OnOwnPostgresSchema
class ResidentSearchOnPostgresTest extends ResidentSearchContract {
}
