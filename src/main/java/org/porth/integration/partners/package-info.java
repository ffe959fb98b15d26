/**
 * Partner organisations and the referrals staff make to them (the whole area): administrators
 * register a partner with its data sharing agreement, the referral types and the resident's details it
 * may receive; staff refer a case with the resident's consent or a lawful basis justified in writing;
 * the partner hears of it by a thin event and works it through the REST API. Decision 0038.
 */
@NamedInterface("partners")
package org.porth.integration.partners;

import org.springframework.modulith.NamedInterface;
