package org.porth.devices.internal;

import org.porth.database.OnOwnPostgresSchema;

/** Signals to cases on PostgreSQL: its row locks and its unique keys under the burst. */
@OnOwnPostgresSchema
class SignalCasesOnPostgresTest extends SignalCasesContract {
}
