package org.porth.insight.opendata;

import org.porth.database.OnOwnPostgresSchema;

/** The hand-counted open data on PostgreSQL: its dates, time zones and grouping. */
@OnOwnPostgresSchema
class OpenDataOnPostgresTest extends OpenDataTest {
}
