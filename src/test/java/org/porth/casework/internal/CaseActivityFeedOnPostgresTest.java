package org.porth.casework.internal;

import org.porth.database.OnOwnPostgresSchema;

/** The case activity feed on PostgreSQL, where production's nodes share it. */
@OnOwnPostgresSchema
class CaseActivityFeedOnPostgresTest extends CaseActivityFeedContract {
}
