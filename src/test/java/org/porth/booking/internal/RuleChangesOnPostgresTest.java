package org.porth.booking.internal;

import org.porth.database.OnOwnPostgresSchema;

/** An administrator's rules on PostgreSQL. */
@OnOwnPostgresSchema
class RuleChangesOnPostgresTest extends RuleChangesContract {
}
