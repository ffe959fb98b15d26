package org.porth.channels.oauth;

import org.porth.database.OnOwnPostgresSchema;

/** The purge on PostgreSQL: its timestamp comparisons, the added column's default, the job lock skipped. */
@OnOwnPostgresSchema
class ApiAuthorizationPurgeOnPostgresTest extends ApiAuthorizationPurgeContract {
}
