package org.porth.channels.open311;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.porth.apply.CompleteRequests;
import org.porth.apply.RequestSubmitted.ApiClient;
import org.porth.casework.CaseReceipts;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.channels.ApiCaller;
import org.porth.forms.CheckedAnswers;
import org.porth.forms.FormCheck;
import org.porth.resident.ContactPreferences;
import org.porth.resident.NewResident;
import org.porth.resident.PersonName;
import org.porth.resident.ProfileRules;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.Language;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;

/**
 * Open311's {@code POST requests}: the form engine checks the report ({@link FormCheck}), a record is
 * made for the reporter as for an API request's contact, the API's submission (the web's path, {@link
 * CompleteRequests}) makes the request, its case opens at once in its queue with its clock, and the
 * request is kept with its fingerprint, all in one transaction. The same report from the same client
 * within {@link Fingerprint#WINDOW} answers with the first one's id.
 */
@Service
public class Open311Reports {

    private final ReportForm form;
    private final FormCheck check;
    private final ResidentProfiles residents;
    private final CompleteRequests submissions;
    private final CaseReceipts cases;
    private final Open311RequestRepository requests;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Open311Reports(ReportForm form, FormCheck check, ResidentProfiles residents, CompleteRequests submissions,
            CaseReceipts cases, Open311RequestRepository requests, PlatformTransactionManager transactions, Clock clock) {
        this.form = form;
        this.check = check;
        this.residents = residents;
        this.submissions = submissions;
        this.cases = cases;
        this.requests = requests;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** @param client the API client whose Open311 key the request carries */
    @PreAuthorize("hasAuthority('SCOPE_open311')")
    public Outcome submit(ApiCaller client, ServiceDefinition service, MultiValueMap<String, String> sent) {
        Instant now = clock.instant();
        Fingerprint fingerprint = Fingerprint.of(service.id(), sent, now);
        try {
            return transaction.execute(status -> repeated(client, fingerprint, now)
                    .orElseGet(() -> submitNew(client, service, sent, fingerprint, now)));
        } catch (DataIntegrityViolationException sentTwiceAtOnce) {
            // the same report arrived twice at the same moment: the other one was stored
            return repeated(client, fingerprint, now).orElseThrow(() -> sentTwiceAtOnce);
        }
    }

    private Optional<Outcome> repeated(ApiCaller client, Fingerprint fingerprint, Instant now) {
        return requests.findFirstByClientIdAndContentHashAndRequestedAtAfterOrderByRequestedAt(client.clientId(),
                fingerprint.hash(), now.minus(Fingerprint.WINDOW)).map(first -> new Outcome.Made(first.reference()));
    }

    private Outcome submitNew(ApiCaller client, ServiceDefinition service, MultiValueMap<String, String> sent,
            Fingerprint fingerprint, Instant now) {
        CheckedAnswers checked = check.check(service, form.answers(service, sent), null);
        if (!checked.problems().isEmpty()) {
            return new Outcome.Refused(checked.problems().values().stream().flatMap(List::stream)
                    .map(problem -> problem.questionId() + ": " + problem.message().en()).toList());
        }
        if (checked.stop().isPresent()) {
            return new Outcome.Refused(List.of(checked.stop().get().reason().en()));
        }
        String resident = residents.recordForReport(reporter(client.clientName(), sent)).value().toString();
        var request = submissions.submit(service, Channel.API, checked, resident, null, new ApiClient(client.clientId(), client.clientName()));
        cases.open(request);
        String reference = request.reference().value();
        requests.saveAndFlush(new Open311Request(reference, client.clientId(), fingerprint, service.id(), sent(sent), now));
        return new Outcome.Made(reference);
    }

    /** Who reported it, for the council to write to: only details that are right are kept. */
    private static NewResident reporter(String client, MultiValueMap<String, String> sent) {
        String email = ReportForm.text(sent, "email").filter(ProfileRules::isEmail).orElse(null);
        String phone = ReportForm.text(sent, "phone").filter(ProfileRules::isUkPhone).orElse(null);
        String given = ReportForm.text(sent, "first_name").filter(name -> name.length() <= PersonName.MAX_LENGTH)
                .orElse(client);
        String family = ReportForm.text(sent, "last_name").filter(name -> name.length() <= PersonName.MAX_LENGTH)
                .orElse("");
        return new NewResident(new PersonName(given, family), null, null, phone, email, Language.ENGLISH,
                ContactPreferences.startingWith(email));
    }

    private static Open311Request.Sent sent(MultiValueMap<String, String> sent) {
        return new Open311Request.Sent(cut(sent, "description", 4000), cut(sent, "address_string", 500),
                number(sent, "lat"), number(sent, "long"), cut(sent, "media_url", 2000));
    }

    /** As long as its column holds: the form engine has checked what the case keeps; this is the copy Open311 shows. */
    private static String cut(MultiValueMap<String, String> sent, String name, int max) {
        return ReportForm.text(sent, name).map(text -> text.length() <= max ? text : text.substring(0, max)).orElse(null);
    }

    private static Double number(MultiValueMap<String, String> sent, String name) {
        try {
            return ReportForm.text(sent, name).map(Double::valueOf).orElse(null);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** What {@code POST requests} did. */
    public sealed interface Outcome {

        /** Made now, or within the repeat window before. */
        record Made(String reference) implements Outcome {
        }

        /** The form engine's problems, each naming its attribute (the question id) and what to put right. */
        record Refused(List<String> problems) implements Outcome {
        }
    }
}
