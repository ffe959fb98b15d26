package org.porth.booking.internal;

import org.porth.database.OnOwnPostgresSchema;

/** Booking rules on PostgreSQL. */
@OnOwnPostgresSchema
class BookingRulesOnPostgresTest extends BookingRulesContract {
}
