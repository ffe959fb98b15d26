package org.porth.apply;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.porth.apply.internal.Applicants;
import org.porth.apply.internal.Draft;
import org.porth.apply.internal.DraftRepository;
import org.porth.apply.internal.FormBookings;
import org.porth.apply.internal.FormContext;
import org.porth.apply.internal.FormTransactions;
import org.porth.apply.internal.Prefill;
import org.porth.booking.BookableResource;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.catalogue.EligibilityExit;
import org.porth.catalogue.Page;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.Answers;
import org.porth.forms.Journey;
import org.porth.forms.PageCheck;
import org.porth.forms.PageValidator;
import org.porth.resident.Profile;
import org.porth.resident.ResidentId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filling in a service's form, for every channel: a resident online, or an officer for a caller.
 * Every Continue checks the page on the server and saves the draft.
 */
@Service
public class Applications {

    static final String APPLICANTS = "hasAnyRole('RESIDENT', 'CASEWORKER', 'SUPERVISOR')";

    private final Catalogue catalogue;
    private final DraftRepository drafts;
    private final Applicants applicants;
    private final PageValidator pages;
    private final Journey journey;
    private final DraftMigration migration;
    private final FormContext context;
    private final TellUsOnceStep tellUsOnce;
    private final FormBookings bookings;
    private final FormTransactions transactions;

    Applications(Catalogue catalogue, DraftRepository drafts, Applicants applicants, PageValidator pages,
            Journey journey, DraftMigration migration, FormContext context, TellUsOnceStep tellUsOnce,
            FormBookings bookings, FormTransactions transactions) {
        this.catalogue = catalogue;
        this.drafts = drafts;
        this.applicants = applicants;
        this.pages = pages;
        this.journey = journey;
        this.migration = migration;
        this.context = context;
        this.tellUsOnce = tellUsOnce;
        this.bookings = bookings;
        this.transactions = transactions;
    }

    /** A resident starts a service online; questions about them start with what their account holds. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional
    public FormPosition start(String serviceId) {
        Profile resident = applicants.currentResident();
        return begin(service(serviceId, Channel.WEB), resident, Channel.WEB, null);
    }

    /** An officer starts a service for a caller, by phone or face to face. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public FormPosition startFor(ResidentId residentId, String serviceId, Channel channel) {
        Profile resident = applicants.resident(residentId.toString()).orElseThrow(NoSuchDraftException::new);
        return begin(service(serviceId, channel), resident, channel, applicants.officerId());
    }

    /** The draft to fill in, moved onto the service's current version if the service has changed. */
    @PreAuthorize(APPLICANTS)
    @Transactional
    public Form open(String draftId) {
        Draft draft = usable(draftId);
        ServiceDefinition current = catalogue.current(draft.serviceId()).orElseThrow(NoSuchDraftException::new);
        List<MigratedDraft.Recheck> toCheck = List.of();
        if (current.version() != draft.serviceVersion()) {
            ServiceDefinition started = catalogue.version(draft.serviceId(), draft.serviceVersion()).orElse(current);
            MigratedDraft migrated = migration.migrate(started, current, draft.answers(), context.forDraft(draftId));
            draft.save(migrated.answers(), current.version(), context.now(), context.expiryFrom(context.now()));
            toCheck = migrated.toCheck();
        }
        if (draft.officerId() != null) {
            String caller = applicants.resident(draft.residentId()).map(profile -> profile.name().full()).orElse(null);
            return new Form(draftId, current, draft.answers(), toCheck, draft.channel(), caller, Set.of());
        }
        Set<String> fromAccount = Prefill.fromAccount(current, draft.answers(), applicants.currentResident(),
                context.forDraft(draftId));
        return new Form(draftId, current, draft.answers(), toCheck, draft.channel(), null, fromAccount);
    }

    /**
     * Checks a page's answers and, when they are right, saves them and says where to go next. When
     * they are wrong nothing is saved and the errors come back; what was typed stays on the page. A
     * day chosen for a booking is held between the two, in a transaction of its own: a refusal
     * (that day just filled) comes back as the question's error, like any other.
     */
    @PreAuthorize(APPLICANTS)
    public PageResult continueFrom(String draftId, String pageId, Answers pageAnswers) {
        CheckedPage checked = transactions.reading(() -> checkPage(draftId, pageId, pageAnswers));
        if (!checked.check().valid()) {
            return new PageResult.Invalid(checked.check().errors());
        }
        FormBookings.Held held = bookings.holdOnPage(checked.definition(), pageId, checked.check().answers(),
                checked.before(), checked.resident(), checked.channel());
        if (held instanceof FormBookings.Held.Refused refused) {
            return new PageResult.Invalid(refused.errors());
        }
        Answers answers = ((FormBookings.Held.Done) held).answers();
        Optional<String> elsewhere = bookings.heldForAnotherAddress(checked.definition(), answers);
        Answers saved = elsewhere.isEmpty() ? answers
                : answers.without(checked.definition().bookingQuestion().orElseThrow().id());
        PageResult result = transactions.writing(() -> save(draftId, pageId, saved));
        // after the draft no longer names it, so that a failed save cannot leave it naming a hold let go
        elsewhere.ifPresent(reference -> bookings.release(checked.resident(), reference));
        return result;
    }

    private CheckedPage checkPage(String draftId, String pageId, Answers pageAnswers) {
        Draft draft = usable(draftId);
        ServiceDefinition definition = definitionOf(draft);
        Answers typed = draft.answers();
        for (var answer : pageAnswers.byQuestion().entrySet()) {
            typed = typed.with(answer.getKey(), answer.getValue());
        }
        return new CheckedPage(definition, pages.check(definition, pageId, typed, context.forDraft(draftId)),
                draft.answers(), draft.residentId(), draft.channel());
    }

    private PageResult save(String draftId, String pageId, Answers answers) {
        Draft draft = usable(draftId);
        ServiceDefinition definition = definitionOf(draft);
        draft.save(answers, definition.version(), context.now(), context.expiryFrom(context.now()));
        Optional<PageResult> ask = tellUsOnce.askAbout(draft, definition, pageId);
        return ask.orElseGet(() -> after(draft, definition, pageId));
    }

    /** A page checked against the draft as it was (its answers {@code before}), for the draft's resident. */
    private record CheckedPage(ServiceDefinition definition, PageCheck check, Answers before, String resident,
            Channel channel) {
    }

    /** The resident answered the "update your account too?" question; then the form goes on. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional
    public PageResult decideSharing(String draftId, String pageId, List<String> questionIds, boolean share) {
        Draft draft = usable(draftId);
        ServiceDefinition definition = definitionOf(draft);
        tellUsOnce.decide(draft, definition, questionIds, share);
        return after(draft, definition, pageId);
    }

    /** Why the resident cannot use the service, after answering that page. */
    @PreAuthorize(APPLICANTS)
    @Transactional(readOnly = true)
    public Optional<EligibilityExit> exitAfter(String draftId, String pageId) {
        Draft draft = usable(draftId);
        ServiceDefinition definition = definitionOf(draft);
        return definition.page(pageId).flatMap(page -> journey.exitAfter(definition, pageId, draft.answers()));
    }

    /**
     * What a booking question on this form books for the answers so far (they decide it: the address
     * names the round, a choice the office); empty when nothing fits.
     */
    @PreAuthorize(APPLICANTS)
    @Transactional(readOnly = true)
    public Optional<BookableResource> bookingResource(Form form, Answers answers) {
        return bookings.resource(form.definition(), answers);
    }

    /** The "update your account too?" question still to ask after that page, if there is one. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional(readOnly = true)
    public Optional<PageResult> sharingQuestion(String draftId, String pageId) {
        Draft draft = usable(draftId);
        ServiceDefinition definition = definitionOf(draft);
        return definition.page(pageId).flatMap(page -> tellUsOnce.askAbout(draft, definition, pageId));
    }

    /** Where a page leads once saved: an eligibility exit, the next page, or check your answers. */
    PageResult after(Draft draft, ServiceDefinition definition, String pageId) {
        Answers answers = draft.answers();
        var exit = journey.exitAfter(definition, pageId, answers);
        if (exit.isPresent()) {
            return new PageResult.Stopped(draft.id(), pageId, exit.get());
        }
        String next = journey.next(definition, pageId, answers).map(Page::id).orElse(null);
        draft.resumeAt(next);
        return new PageResult.Saved(new FormPosition(draft.id(), next));
    }

    private FormPosition begin(ServiceDefinition definition, Profile resident, Channel channel, String officerId) {
        Draft draft = new Draft(resident.id().toString(), definition.id(), definition.version(), channel, officerId,
                context.now(), context.expiryFrom(context.now()));
        draft.save(TellUsOnceStep.prefill(definition, resident), definition.version(), context.now(),
                context.expiryFrom(context.now()));
        draft.resumeAt(journey.firstPage(definition, draft.answers()).map(Page::id).orElse(null));
        drafts.save(draft);
        return new FormPosition(draft.id(), draft.resumePage());
    }

    private ServiceDefinition service(String serviceId, Channel channel) {
        return catalogue.current(serviceId)
                .filter(definition -> definition.channels().contains(channel))
                .orElseThrow(NoSuchDraftException::new);
    }

    private ServiceDefinition definitionOf(Draft draft) {
        return catalogue.version(draft.serviceId(), draft.serviceVersion()).orElseThrow(NoSuchDraftException::new);
    }

    private Draft usable(String draftId) {
        return drafts.findById(draftId).flatMap(applicants::mayUse).orElseThrow(NoSuchDraftException::new);
    }
}
