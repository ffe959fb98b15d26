package org.porth.casework.internal;

import org.porth.database.OnOwnPostgresSchema;

/** The queue view on PostgreSQL, where several queues are read as merged index scans. */
@OnOwnPostgresSchema
class CaseQueuesOnPostgresTest extends CaseQueuesContract {
}
