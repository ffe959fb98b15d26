package org.porth.channels.open311;

import org.porth.database.OnOwnPostgresSchema;

/** Open311 requests and updates on PostgreSQL: V120's table, the repeat window, the nearest street, the public case query. */
@OnOwnPostgresSchema
class Open311RequestsOnPostgresTest extends Open311RequestsTest {
}
