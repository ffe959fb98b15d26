package org.porth.integration.partners;

import org.porth.database.OnOwnPostgresSchema;

/** Referrals on PostgreSQL: consent, lawful basis, ended agreements and shared details as in production. */
@OnOwnPostgresSchema
class ReferralsOnPostgresTest extends ReferralsContract {
}
