package org.porth.casework.internal;

import org.porth.database.OnOwnPostgresSchema;

/** The service-level watch on PostgreSQL, where a second node skips the row another has locked. */
@OnOwnPostgresSchema
class SlaWatchOnPostgresTest extends SlaWatchContract {
}
