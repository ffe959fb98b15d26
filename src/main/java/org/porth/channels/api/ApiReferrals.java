package org.porth.channels.api;

import java.util.List;
import java.util.function.Supplier;

import org.porth.channels.api.ReferralBodies.ReferralState;
import org.porth.integration.partners.PartnerReferrals;
import org.porth.integration.partners.Referral;
import org.porth.integration.partners.ReferralStep;
import org.porth.shared.ActionRefused;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A partner organisation's referrals as the API answers them: another partner's referral is the same
 * not-found problem as one that does not exist; a partner whose agreement has ended is refused (403); a
 * step its referral's status does not allow is a conflict (409).
 */
@Service
public class ApiReferrals {

    private final PartnerReferrals referrals;

    ApiReferrals(PartnerReferrals referrals) {
        this.referrals = referrals;
    }

    @PreAuthorize("hasAuthority('SCOPE_referrals:read')")
    public List<ReferralState> list(String clientId) {
        return answer(() -> referrals.list(clientId).stream().map(ReferralState::of).toList());
    }

    @PreAuthorize("hasAuthority('SCOPE_referrals:read')")
    public ReferralState read(String clientId, String id) {
        return answer(() -> ReferralState.of(referrals.read(clientId, id).orElseThrow(ApiProblem::notFound)));
    }

    @PreAuthorize("hasAuthority('SCOPE_referrals:write')")
    public ReferralState step(String clientId, String id, ReferralStep step, String note) {
        Referral after = answer(() -> referrals.step(clientId, id, step, note).orElseThrow(ApiProblem::notFound));
        return ReferralState.of(after);
    }

    private static <T> T answer(Supplier<T> work) {
        try {
            return work.get();
        } catch (ActionRefused refused) {
            throw switch (refused.messageKey()) {
                case PartnerReferrals.AGREEMENT_ENDED -> new ApiProblem(HttpStatus.FORBIDDEN, "agreement-ended");
                case PartnerReferrals.NOT_NOW -> new ApiProblem(HttpStatus.CONFLICT, "referral-step-not-allowed");
                default -> new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-answers", List.of(
                        new ApiProblem.FieldProblem(refused.field(), null, AnswersReader.both(refused.messageKey()))));
            };
        }
    }
}
