package org.porth.apply;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.porth.apply.internal.Applicants;
import org.porth.apply.internal.SatisfactionAnswer;
import org.porth.apply.internal.SatisfactionAnswerRepository;
import org.porth.apply.internal.SubmittedRequest;
import org.porth.apply.internal.SubmittedRequestRepository;
import org.porth.catalogue.Text;
import org.porth.forms.FieldError;
import org.porth.shared.Language;
import org.porth.shared.Reference;
import org.porth.shared.Translations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The GOV.UK satisfaction question on the confirmation page: the resident who sent a request answers it
 * once for that request (a second answer is refused, not swapped in: the first is what was felt on the
 * day, and a figure that could change after the event would not add up). Staff who enter a request for
 * a caller are not asked: the question is the resident's.
 */
@Service
public class Satisfaction {

    public static final String SCORE = "satisfaction";
    public static final String COMMENT = "satisfaction-comment";
    public static final int COMMENT_LIMIT = 500;
    private static final String RESIDENT = "hasRole('RESIDENT')";

    private final SubmittedRequestRepository requests;
    private final SatisfactionAnswerRepository answers;
    private final Applicants applicants;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Satisfaction(SubmittedRequestRepository requests, SatisfactionAnswerRepository answers, Applicants applicants,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.requests = requests;
        this.answers = answers;
        this.applicants = applicants;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether the confirmation page asks the question, or thanks the resident for their answer. */
    @PreAuthorize(Applications.APPLICANTS)
    public Question question(Reference reference) {
        if (applicants.isOfficer()) {
            return Question.NOT_ASKED;
        }
        return transactions.execute(status -> answers.existsById(own(reference).reference().value())
                ? Question.ANSWERED : Question.ASK);
    }

    /**
     * @param score   1 (very dissatisfied) to 5 (very satisfied); null when none was chosen
     * @param comment optional; blank is none
     */
    @PreAuthorize(RESIDENT)
    public SatisfactionResult rate(Reference reference, Integer score, String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        List<FieldError> errors = new ArrayList<>();
        if (score == null || score < 1 || score > 5) {
            errors.add(new FieldError(SCORE, null, both("satisfaction.error.score")));
        }
        if (text != null && text.length() > COMMENT_LIMIT) {
            errors.add(new FieldError(COMMENT, null, both("satisfaction.error.comment-too-long")));
        }
        if (!errors.isEmpty()) {
            return new SatisfactionResult.Invalid(errors);
        }
        try {
            return transactions.execute(status -> {
                SubmittedRequest request = own(reference);
                if (answers.existsById(request.reference().value())) {
                    return new SatisfactionResult.AlreadyAnswered();
                }
                var at = clock.instant();
                answers.saveAndFlush(new SatisfactionAnswer(request.reference().value(), request.serviceId(), score, text, at));
                events.publishEvent(new SatisfactionRated(request.reference().value(), request.serviceId(), score,
                        text != null, at));
                return new SatisfactionResult.Rated(score);
            });
        } catch (DataIntegrityViolationException sentFromAnotherTab) {
            return new SatisfactionResult.AlreadyAnswered();
        }
    }

    /** The question on the confirmation page: asked once per request, and of residents only. */
    public enum Question {
        ASK, ANSWERED, NOT_ASKED
    }

    private SubmittedRequest own(Reference reference) {
        return requests.findByReference(reference.value()).flatMap(applicants::mayRead)
                .orElseThrow(NoSuchDraftException::new);
    }

    private static Text both(String key) {
        return new Text(Translations.get(Language.ENGLISH, key), Translations.get(Language.WELSH, key));
    }
}
