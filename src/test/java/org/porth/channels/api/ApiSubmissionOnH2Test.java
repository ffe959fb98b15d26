package org.porth.channels.api;

/** The API's submission path on the default database. */
class ApiSubmissionOnH2Test extends ApiSubmissionContract {
}
