package org.porth.notify.internal;

import org.porth.database.OnOwnPostgresSchema;

/** The outbox's delivery on PostgreSQL, where a second worker skips the rows another is claiming. */
@OnOwnPostgresSchema
class OutboxDeliveryOnPostgresTest extends OutboxDeliveryContract {
}
