package org.porth.channels.api;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.porth.integration.partners.Referral;

/** What a partner organisation gets and sends about its referrals. */
final class ReferralBodies {

    private ReferralBodies() {
    }

    /**
     * A referral as its partner sees it.
     *
     * @param basis   why the council may share the resident's details with the partner: {@code CONSENT},
     *                {@code SAFEGUARDING}, {@code VITAL_INTERESTS}, {@code PUBLIC_TASK} or {@code LEGAL_OBLIGATION}
     * @param details the resident's details the partner's agreement allows, by field ({@code name},
     *                {@code address}, {@code phone}, {@code email}, {@code date-of-birth}), kept up to date
     *                while the referral is open
     */
    record ReferralState(@Schema(example = "8c1e0c7e-2f7b-4a52-9a53-3f1f7e7f4b0a") String id,
            @Schema(example = "PTH-2K7-QX4M") String caseReference, @Schema(example = "damp-mould") String serviceCode,
            @Schema(example = "HOUSING") String type, @Schema(example = "SENT") String status, String reason,
            @Schema(example = "CONSENT") String basis, Map<String, Map<String, String>> details, String partnerNote,
            Instant referredAt, Instant updatedAt) {

        static ReferralState of(Referral referral) {
            return new ReferralState(referral.id(), referral.caseReference(), referral.serviceId(), referral.type().name(),
                    referral.status().name(), referral.reason(), referral.basis().name(), referral.details(),
                    referral.partnerNote(), referral.referredAt(), referral.updatedAt());
        }
    }

    /** What the partner says with a step: needed for an update, optional otherwise (never shown to the resident). */
    record Step(@Schema(example = "We will visit on Tuesday.") String note) {
    }
}
