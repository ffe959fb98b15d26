package org.porth.booking.internal;

import org.porth.database.OnOwnPostgresSchema;

/** An administrator's capacity on PostgreSQL. */
@OnOwnPostgresSchema
class RuleCapacityOnPostgresTest extends RuleCapacityContract {
}
