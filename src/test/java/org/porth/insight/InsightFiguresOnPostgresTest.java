package org.porth.insight;

import org.porth.database.OnOwnPostgresSchema;

/** The hand-counted figures on PostgreSQL: its dates, time zones, upserts and row locks. */
@OnOwnPostgresSchema
class InsightFiguresOnPostgresTest extends InsightFiguresTest {
}
