package org.porth.casework;

import org.porth.casework.internal.CaseAccess;
import org.porth.casework.internal.ServiceCase;
import org.porth.casework.internal.ServiceCaseRepository;
import org.porth.casework.internal.Timeline;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is done about a case outside casework, written into its timeline: a referral to a partner
 * organisation and the partner's answers ({@link TimelineKind#partnerStep()}). The partner acts
 * through the API, so its steps are allowed with the referrals scope as well as to staff.
 */
@Service
public class CaseSteps {

    /** The facts of a case a referral needs. */
    public record CaseFacts(String reference, String residentId, String serviceId) {
    }

    private final CaseAccess access;
    private final ServiceCaseRepository cases;
    private final Timeline timeline;

    CaseSteps(CaseAccess access, ServiceCaseRepository cases, Timeline timeline) {
        this.access = access;
        this.cases = cases;
        this.timeline = timeline;
    }

    @PreAuthorize(Cases.STAFF)
    @Transactional(readOnly = true)
    public CaseFacts facts(String reference) {
        ServiceCase about = access.staffCase(reference);
        return new CaseFacts(about.reference(), about.residentId(), about.serviceId());
    }

    /**
     * Adds the step to the case's timeline, in the caller's transaction.
     *
     * @param actor the officer, or null for the partner (named by {@code subject})
     */
    @PreAuthorize(Cases.STAFF + " or hasAuthority('SCOPE_referrals:write')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String reference, TimelineKind kind, boolean visibleToResident, String actor, String subject,
            String detail) {
        if (!kind.partnerStep()) {
            throw new IllegalArgumentException("Only partner steps are recorded here: " + kind);
        }
        ServiceCase about = cases.findByReference(reference).orElseThrow(() -> new NoSuchCaseException(reference));
        timeline.add(about, kind, visibleToResident, actor, subject, detail);
    }
}
