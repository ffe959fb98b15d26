package org.porth.apply;

import java.util.List;
import java.util.Optional;

import org.porth.apply.internal.Applicants;
import org.porth.apply.internal.Draft;
import org.porth.apply.internal.DraftRepository;
import org.porth.apply.internal.FormBookings;
import org.porth.apply.internal.FormContext;
import org.porth.apply.internal.RequestStore;
import org.porth.apply.internal.SubmittedRequest;
import org.porth.apply.internal.SubmittedRequestRepository;
import org.porth.booking.BookingRefused;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Page;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Text;
import org.porth.forms.AnswerSummary;
import org.porth.forms.Answers;
import org.porth.forms.BookingAnswer;
import org.porth.forms.FieldError;
import org.porth.forms.Journey;
import org.porth.shared.Language;
import org.porth.shared.Reference;
import org.porth.shared.Translations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Check your answers, then Submit: everything is checked again on the server, and a draft makes
 * exactly one request however often Submit is pressed, in however many tabs.
 */
@Service
public class Submissions {

    public static final String DECLARATION = "declaration";

    private final Catalogue catalogue;
    private final DraftRepository drafts;
    private final SubmittedRequestRepository requests;
    private final RequestStore store;
    private final Applicants applicants;
    private final Journey journey;
    private final AnswerSummary summary;
    private final FormContext context;
    private final TransactionTemplate reads;
    private final FormBookings bookings;

    Submissions(Catalogue catalogue, DraftRepository drafts, SubmittedRequestRepository requests, RequestStore store,
            Applicants applicants, Journey journey, AnswerSummary summary, FormContext context,
            PlatformTransactionManager transactions, FormBookings bookings) {
        this.catalogue = catalogue;
        this.drafts = drafts;
        this.requests = requests;
        this.store = store;
        this.applicants = applicants;
        this.journey = journey;
        this.summary = summary;
        this.context = context;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.bookings = bookings;
    }

    @PreAuthorize(Applications.APPLICANTS)
    @Transactional(readOnly = true)
    public CheckYourAnswers check(String draftId, Language language) {
        return check(usable(draftId), language);
    }

    /**
     * Submits once; a draft that was already submitted gives back its request's reference, also
     * when another tab sends it while this one is checking it.
     */
    @PreAuthorize(Applications.APPLICANTS)
    public SubmitResult submit(String draftId, boolean declarationConfirmed, Language language) {
        try {
            // the draft is read and checked in one transaction, then sent in another (RequestStore)
            Checked checked = reads.execute(status -> {
                Draft draft = usable(draftId);
                return new Checked(draft, check(draft, language));
            });
            if (!(checked.answers() instanceof CheckYourAnswers.Ready ready)) {
                return new SubmitResult.NotSubmitted(List.of(), checked.answers());
            }
            if (ready.definition().declaration() != null && !declarationConfirmed) {
                return new SubmitResult.NotSubmitted(
                        List.of(new FieldError(DECLARATION, null, both("check.declaration-required"))), ready);
            }
            Answers answers = journey.relevant(ready.definition(), checked.draft().answers());
            try {
                return new SubmitResult.Submitted(store.submit(checked.draft(), answers, ready.definition()).reference());
            } catch (BookingRefused refusal) {
                return new SubmitResult.NotSubmitted(List.of(bookings.refusal(ready.definition(), answers, refusal)), ready);
            }
        } catch (NoSuchDraftException gone) {
            return requests.findByDraftId(draftId).flatMap(applicants::mayRead)
                    .map(request -> (SubmitResult) new SubmitResult.Submitted(request.reference()))
                    .orElseThrow(() -> gone);
        }
    }

    @PreAuthorize(Applications.APPLICANTS)
    @Transactional(readOnly = true)
    public Confirmation confirmation(Reference reference) {
        SubmittedRequest request = requests.findByReference(reference.value()).flatMap(applicants::mayRead)
                .orElseThrow(NoSuchDraftException::new);
        ServiceDefinition definition = catalogue.version(request.serviceId(), request.serviceVersion())
                .orElseThrow(NoSuchDraftException::new);
        Optional<Confirmation.Booked> booked = definition.bookingQuestion().flatMap(q -> request.answers().get(q.id()))
                .flatMap(answer -> BookingAnswer.reference(answer).flatMap(booking -> BookingAnswer.date(answer)
                        .map(date -> new Confirmation.Booked(booking, date, BookingAnswer.time(answer)))));
        return new Confirmation(request.reference(), definition, request.submittedAt(), request.channel(), booked);
    }

    private CheckYourAnswers check(Draft draft, Language language) {
        ServiceDefinition definition = definitionOf(draft);
        Answers answers = journey.relevant(definition, draft.answers());
        var stop = journey.firstStop(definition, answers);
        if (stop.isPresent()) {
            return new CheckYourAnswers.Stopped(draft.id(), stop.get().page().id(), stop.get().exit());
        }
        Optional<Page> incomplete = journey.firstIncomplete(definition, answers, context.forDraft(draft.id()));
        if (incomplete.isPresent()) {
            return new CheckYourAnswers.Incomplete(new FormPosition(draft.id(), incomplete.get().id()));
        }
        return new CheckYourAnswers.Ready(draft.id(), definition, summary.rows(definition, answers, language, context.files()));
    }

    private record Checked(Draft draft, CheckYourAnswers answers) {
    }

    private static Text both(String key) {
        return new Text(Translations.get(Language.ENGLISH, key), Translations.get(Language.WELSH, key));
    }

    private ServiceDefinition definitionOf(Draft draft) {
        return catalogue.version(draft.serviceId(), draft.serviceVersion()).orElseThrow(NoSuchDraftException::new);
    }

    private Draft usable(String draftId) {
        return drafts.findById(draftId).flatMap(applicants::mayUse).orElseThrow(NoSuchDraftException::new);
    }
}
