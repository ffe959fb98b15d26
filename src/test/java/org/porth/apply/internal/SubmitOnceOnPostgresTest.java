package org.porth.apply.internal;

import org.porth.database.OnOwnPostgresSchema;

/** Submit-once on PostgreSQL, where concurrent inserts really wait on the unique index. */
@OnOwnPostgresSchema
class SubmitOnceOnPostgresTest extends SubmitOnceContract {
}
