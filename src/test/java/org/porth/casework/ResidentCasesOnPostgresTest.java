package org.porth.casework;

import org.porth.database.OnOwnPostgresSchema;

/** The resident's side of a case on PostgreSQL: V70's wider timeline subject and the feedback table. */
@OnOwnPostgresSchema
class ResidentCasesOnPostgresTest extends ResidentCasesTest {
}
