package org.porth.resident;

import org.porth.database.OnOwnPostgresSchema;

/** Support needs on PostgreSQL, in a schema of this class's own (V59 and the queries as there). */
@OnOwnPostgresSchema
class SupportNeedsOnPostgresTest extends SupportNeedsContract {
}
