package org.porth.catalogue.internal;

import org.porth.database.OnOwnPostgresSchema;

/** Versioned definitions on PostgreSQL, in a schema of this run's own. */
@OnOwnPostgresSchema
class PostgresCatalogueVersionsTest extends CatalogueVersionsContract {
}
