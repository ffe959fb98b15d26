package org.porth.channels.oauth;

/** The purge of expired API authorizations on the default database. */
class ApiAuthorizationPurgeOnH2Test extends ApiAuthorizationPurgeContract {
}
