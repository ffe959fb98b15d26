package org.porth.notify.internal;

import org.porth.database.OnOwnPostgresSchema;

/** The delivery watch on PostgreSQL, in a schema of its own. */
@OnOwnPostgresSchema
class DeliveryWatchOnPostgresTest extends DeliveryWatchContract {
}
