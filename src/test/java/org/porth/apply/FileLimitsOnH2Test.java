package org.porth.apply;

/** Upload limits on H2, the embedded default. */
class FileLimitsOnH2Test extends FileLimitsContract {
}
