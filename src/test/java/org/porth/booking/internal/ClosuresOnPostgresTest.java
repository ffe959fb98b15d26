package org.porth.booking.internal;

import org.porth.database.OnOwnPostgresSchema;

/** Closures on PostgreSQL. */
@OnOwnPostgresSchema
class ClosuresOnPostgresTest extends ClosuresContract {
}
