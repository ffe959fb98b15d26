package org.porth.channels.api;

import org.porth.database.OnOwnPostgresSchema;

/** Partners' referrals through the API on PostgreSQL: each partner sees only its own, nothing after its agreement. */
@OnOwnPostgresSchema
class ReferralsApiOnPostgresTest extends ReferralsApiContract {
}
