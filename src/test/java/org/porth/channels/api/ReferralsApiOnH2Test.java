package org.porth.channels.api;

/** Partners' referrals through the API on H2, the embedded default. */
class ReferralsApiOnH2Test extends ReferralsApiContract {
}
