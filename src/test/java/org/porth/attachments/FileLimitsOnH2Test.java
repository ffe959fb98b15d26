package org.porth.attachments;

/** Upload limits on H2, the embedded default. */
class FileLimitsOnH2Test extends FileLimitsContract {
}
