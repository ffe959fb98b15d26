package org.porth.identity.internal;

import org.porth.database.OnOwnPostgresSchema;
import org.porth.database.PostgresTestDatabase;

/**
 * The migrations and the repository on PostgreSQL, in a schema of this run's own (see
 * {@link PostgresTestDatabase}: skipped when PostgreSQL does not answer, required on CI).
 */
@OnOwnPostgresSchema
class PostgresPersistenceTest extends PersistenceContract {
}
