package org.porth.booking.internal;

import org.porth.database.OnOwnPostgresSchema;

/** Booking capacity on PostgreSQL, where row locks queue the contenders for a slot's last place. */
@OnOwnPostgresSchema
class BookingCapacityOnPostgresTest extends BookingCapacityContract {
}
