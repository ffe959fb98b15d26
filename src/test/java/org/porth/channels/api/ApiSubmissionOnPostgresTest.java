package org.porth.channels.api;

import org.porth.database.OnOwnPostgresSchema;

/** The API's submission path on PostgreSQL: Bucket4j's locked rows, the idempotency keys' insert, the case's columns. */
@OnOwnPostgresSchema
class ApiSubmissionOnPostgresTest extends ApiSubmissionContract {
}
