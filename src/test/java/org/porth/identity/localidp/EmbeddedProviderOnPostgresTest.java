package org.porth.identity.localidp;

import org.porth.database.OnOwnPostgresSchema;

/** The embedded provider over HTTP on PostgreSQL, where several nodes would share its counts and authorizations. */
@OnOwnPostgresSchema
class EmbeddedProviderOnPostgresTest extends EmbeddedProviderContract {
}
