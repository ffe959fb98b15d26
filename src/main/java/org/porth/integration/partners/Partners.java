package org.porth.integration.partners;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.porth.identity.CurrentUser;
import org.porth.identity.SignedInUser;
import org.porth.integration.partners.internal.PartnerAuditLog;
import org.porth.integration.partners.internal.PartnerStore;
import org.porth.resident.ProfileField;
import org.porth.shared.ActionRefused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators register partner organisations and change them; every change is in the partner's
 * audit log. Staff read them to refer a case.
 */
@Service
public class Partners {

    public static final String NAME_FIELD = "partner-name";
    public static final String CONTACT_FIELD = "partner-contact";
    public static final String CLIENT_FIELD = "partner-client";
    public static final String AGREEMENT_FIELD = "partner-agreement";
    public static final String ENDS_FIELD = "partner-ends";
    public static final String TYPES_FIELD = "partner-types";
    public static final String FIELDS_FIELD = "partner-fields";
    static final String ADMIN = "hasRole('ADMIN')";
    static final String STAFF = "hasAnyRole('CASEWORKER', 'SUPERVISOR')";
    private static final int LONGEST_NAME = 200;
    private static final int LONGEST_REFERENCE = 100;

    private final PartnerStore store;
    private final PartnerAuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Partners(PartnerStore store, PartnerAuditLog audit, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public List<Partner> all() {
        return store.all();
    }

    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public Optional<Partner> find(String id) {
        return store.find(id);
    }

    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public List<PartnerAuditItem> auditLog(String id) {
        return audit.of(id);
    }

    /** The partners whose agreement is in force today and that take at least one type: to refer a case to. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<Partner> inForce() {
        LocalDate today = LocalDate.now(clock);
        return store.all().stream().filter(partner -> partner.inForceOn(today) && !partner.referralTypes().isEmpty())
                .toList();
    }

    /**
     * Registers a new partner or saves the changes to one.
     *
     * @throws ActionRefused for a field left out or wrong, or when someone else saved the partner meanwhile
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public Partner save(PartnerForm form) {
        Partner checked = check(form);
        String actor = currentUser.get().map(SignedInUser::id).orElseThrow();
        if (form.id() == null) {
            store.insert(checked, clock.instant());
            audit.record(checked.id(), actor, PartnerAuditLog.REGISTERED, describe(checked));
        } else {
            store.find(form.id()).orElseThrow(() -> new ActionRefused(null, "partners.gone"));
            if (!store.update(checked, clock.instant())) {
                throw new ActionRefused(null, "partners.changed-meanwhile");
            }
            audit.record(checked.id(), actor, PartnerAuditLog.CHANGED, describe(checked));
        }
        return store.find(checked.id()).orElseThrow();
    }

    private Partner check(PartnerForm form) {
        String name = required(form.name(), NAME_FIELD, LONGEST_NAME);
        String contact = required(form.contact(), CONTACT_FIELD, 320);
        String agreement = required(form.agreementReference(), AGREEMENT_FIELD, LONGEST_REFERENCE);
        LocalDate ends = date(form);
        if (form.referralTypes() == null || form.referralTypes().isEmpty()) {
            throw new ActionRefused(TYPES_FIELD, "partners.types.required");
        }
        if (form.fields() != null && !form.fields().stream().allMatch(ProfileField::prefill)) {
            throw new ActionRefused(FIELDS_FIELD, "partners.fields.not-shareable");
        }
        String client = blankToNull(form.apiClientId());
        if (client != null && store.byApiClient(client).filter(other -> !other.id().equals(form.id())).isPresent()) {
            throw new ActionRefused(CLIENT_FIELD, "partners.client.taken");
        }
        return new Partner(form.id() == null ? UUID.randomUUID().toString() : form.id(), name, contact, client, agreement,
                ends, form.referralTypes(), form.fields() == null ? Set.of() : form.fields(),
                form.version());
    }

    private static LocalDate date(PartnerForm form) {
        try {
            return LocalDate.of(Integer.parseInt(form.endYear().strip()), Integer.parseInt(form.endMonth().strip()),
                    Integer.parseInt(form.endDay().strip()));
        } catch (NumberFormatException | NullPointerException | DateTimeException notADate) {
            throw new ActionRefused(ENDS_FIELD, "partners.ends.invalid");
        }
    }

    private static String required(String text, String field, int longest) {
        if (text == null || text.isBlank()) {
            throw new ActionRefused(field, field.replace("partner-", "partners.") + ".required");
        }
        if (text.strip().length() > longest) {
            throw new ActionRefused(field, field.replace("partner-", "partners.") + ".too-long");
        }
        return text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What the audit log keeps of a partner: everything but the contact's address, as saved. */
    private static String describe(Partner partner) {
        return "name=" + partner.name() + "; client=" + partner.apiClientId() + "; agreement=" + partner.agreementReference() + " until " + partner.agreementEnds()
                + "; types=" + partner.referralTypes().stream().sorted().toList()
                + "; fields=" + partner.fields().stream().sorted().toList();
    }
}
