package org.porth.attachments;

import org.porth.database.OnOwnPostgresSchema;

/** Upload limits on PostgreSQL, where uploads at once really wait on the uploader's row lock. */
@OnOwnPostgresSchema
class FileLimitsOnPostgresTest extends FileLimitsContract {
}
