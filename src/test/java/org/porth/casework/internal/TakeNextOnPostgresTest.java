package org.porth.casework.internal;

import org.porth.database.OnOwnPostgresSchema;

/** Take next on PostgreSQL, where SKIP LOCKED lets officers pass over cases another is taking. */
@OnOwnPostgresSchema
class TakeNextOnPostgresTest extends TakeNextContract {
}
