package org.porth.channels.api;

import java.util.ArrayList;
import java.util.List;

import org.porth.apply.CompleteRequests;
import org.porth.apply.CompleteRequests.SentRequest;
import org.porth.apply.RequestSubmitted.ApiClient;
import org.porth.casework.CaseReceipts;
import org.porth.casework.CaseReceipts.Receipt;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.channels.ApiCaller;
import org.porth.channels.api.ApiProblem.FieldProblem;
import org.porth.channels.api.RequestBodies.Created;
import org.porth.channels.api.RequestBodies.NewRequest;
import org.porth.forms.CheckedAnswers;
import org.porth.forms.FieldError;
import org.porth.forms.FormCheck;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A request sent through the API: checked by the form engine exactly as the web form checks it
 * ({@link FormCheck}, its messages), then sent the web's way ({@link CompleteRequests}) and its case
 * opened, so the client learns at once where it stands.
 * <p>
 * The contact's record, the request (with its event) and its case commit in one transaction, as
 * Open311's do: the case is never missing once the client has its reference, and the event's listener
 * finds it opened and does nothing (opening it in a second transaction cost a sixth of the API's time,
 * decision 0043).
 */
@Service
public class ApiRequests {

    private static final int ATTEMPTS = 3;

    private final ApiServices services;
    private final FormCheck formCheck;
    private final CompleteRequests requests;
    private final CaseReceipts receipts;
    private final ApiContacts contacts;
    private final TransactionTemplate transaction;

    ApiRequests(ApiServices services, FormCheck formCheck, CompleteRequests requests, CaseReceipts receipts,
            ApiContacts contacts, PlatformTransactionManager transactions) {
        this.services = services;
        this.formCheck = formCheck;
        this.requests = requests;
        this.receipts = receipts;
        this.contacts = contacts;
        this.transaction = new TransactionTemplate(transactions);
    }

    @PreAuthorize("hasAuthority('SCOPE_requests:write')")
    public Created submit(NewRequest body, ApiCaller caller) {
        ServiceDefinition service = service(body.service());
        if (caller.residentId().isEmpty() && !ServiceViews.anonymous(service)) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "resident-needed", service.id());
        }
        CheckedAnswers checked = formCheck.check(service, AnswersReader.read(service, body.answers()), body.upload());
        List<FieldProblem> problems = new ArrayList<>();
        checked.problems().values().forEach(errors -> errors.forEach(error -> problems.add(problem(error))));
        if (service.declaration() != null && !Boolean.TRUE.equals(body.declaration())) {
            problems.add(new FieldProblem("declaration", null, AnswersReader.both("check.declaration-required")));
        }
        if (caller.residentId().isEmpty()) {
            problems.addAll(contacts.problems(body.contact()));
        }
        if (!problems.isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-answers", problems);
        }
        checked.stop().ifPresent(exit -> {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "not-eligible",
                    List.of(new FieldProblem(exit.when().question(), null, exit.reason())));
        });
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> send(service, checked, body, caller));
            } catch (DataIntegrityViolationException sentMeanwhileOrReferenceTaken) {
                // the same upload sent at the same moment (sent again, it finds that request), or a
                // reference drawn twice (sent again, it draws another): nothing of this attempt was kept
                if (attempt == ATTEMPTS) {
                    throw sentMeanwhileOrReferenceTaken;
                }
            }
        }
    }

    private Created send(ServiceDefinition service, CheckedAnswers checked, NewRequest body, ApiCaller caller) {
        String residentId = caller.residentId().orElseGet(() -> contacts.record(body.contact()));
        SentRequest sent = requests.submit(service, Channel.API, checked, residentId, body.upload(),
                new ApiClient(caller.clientId(), caller.clientName()));
        Receipt receipt = receipts.open(sent);
        return new Created(sent.reference().value(), RequestStates.status(receipt.status()), receipt.dueAt(),
                receipt.queueName());
    }

    private ServiceDefinition service(String code) {
        try {
            return services.offered(code);
        } catch (ApiProblem unknown) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-answers", List.of(new FieldProblem("service",
                    null, AnswersReader.both("api.service.unknown", String.valueOf(code)))));
        }
    }

    private static FieldProblem problem(FieldError error) {
        return new FieldProblem(error.questionId(), error.field(), error.message());
    }
}
