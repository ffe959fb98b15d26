package org.porth.integration.partners;

/** Referrals on H2, the embedded default. */
class ReferralsOnH2Test extends ReferralsContract {
}
