package org.porth.casework.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.porth.apply.RequestSubmitted;
import org.porth.casework.CaseStatus;
import org.porth.casework.IllegalTransitionException;
import org.porth.casework.Outcome;
import org.porth.casework.Priority;
import org.porth.casework.SlaState;
import org.porth.catalogue.Channel;
import org.porth.catalogue.Text;
import org.porth.forms.Answers;
import org.porth.forms.AnswersJson;
import org.porth.shared.InsertedWhenNew;

/** A case: one submitted request as the council works it, from any channel. */
@Entity
@Table(name = "service_case")
public class ServiceCase extends InsertedWhenNew<String> {

    @Id
    private String id;
    private String reference;
    @Column(name = "request_id")
    private String requestId;
    @Column(name = "service_id")
    private String serviceId;
    @Column(name = "service_version")
    private int serviceVersion;
    @Column(name = "resident_id")
    private String residentId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Column(name = "entered_by")
    private String enteredBy;
    @Column(name = "api_client_id")
    private String apiClientId;
    @Column(name = "api_client_name")
    private String apiClientName;
    @Column(length = 1_000_000)
    private String answers;
    private String ward;
    private String flags;
    private int priority;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Column(name = "queue_id")
    private String queueId;
    @Column(name = "routed_by_rule")
    private String routedByRule;
    @Column(name = "assigned_to")
    private String assignedTo;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "paused_at")
    private Instant pausedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "sla_state")
    private SlaState slaState;
    private String outcome;
    @Column(name = "outcome_summary")
    private String outcomeSummary;
    @Column(name = "outcome_at")
    private Instant outcomeAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "summary_en")
    private String aboutEn;
    @Column(name = "summary_cy")
    private String aboutCy;
    @Version
    private long version;

    protected ServiceCase() {
    }

    ServiceCase(RequestSubmitted request, Text about, String ward, List<String> flags, RoutingDecision routing,
            Instant dueAt) {
        this.id = UUID.randomUUID().toString();
        this.reference = request.reference().value();
        this.requestId = request.requestId();
        this.serviceId = request.serviceId();
        this.serviceVersion = request.serviceVersion();
        this.residentId = request.residentId();
        this.channel = request.channel();
        this.enteredBy = request.officerId();
        if (request.apiClient() != null) {
            this.apiClientId = request.apiClient().id();
            this.apiClientName = request.apiClient().name();
        }
        this.answers = AnswersJson.write(request.answers());
        this.ward = ward;
        this.flags = flags.isEmpty() ? null : String.join(",", flags);
        this.priority = routing.priority().rank();
        this.status = CaseStatus.SUBMITTED;
        this.queueId = routing.queue();
        this.routedByRule = routing.rule();
        this.submittedAt = request.submittedAt();
        this.dueAt = dueAt;
        this.slaState = SlaState.ON_TRACK;
        this.updatedAt = request.submittedAt();
        this.aboutEn = about.en();
        this.aboutCy = about.cy();
    }

    public String id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String serviceId() {
        return serviceId;
    }

    public int serviceVersion() {
        return serviceVersion;
    }

    public String residentId() {
        return residentId;
    }

    public Channel channel() {
        return channel;
    }

    public String enteredBy() {
        return enteredBy;
    }

    /** The API client that sent the request; null for every other channel. */
    public String apiClientId() {
        return apiClientId;
    }

    /** The API client's name when it sent the request; null for every other channel. */
    public String apiClientName() {
        return apiClientName;
    }

    public Answers answers() {
        return AnswersJson.read(answers);
    }

    /** What the request is about, in one line per language: see {@link RequestSummary}. */
    public Text about() {
        return new Text(aboutEn, aboutCy);
    }

    public String ward() {
        return ward;
    }

    /** The flags the request's answers raised, as its service's routing declares them. */
    public List<String> flags() {
        return flags == null ? List.of() : List.of(flags.split(","));
    }

    public Priority priority() {
        return Priority.ofRank(priority);
    }

    public CaseStatus status() {
        return status;
    }

    public String queueId() {
        return queueId;
    }

    public String routedByRule() {
        return routedByRule;
    }

    public String assignedTo() {
        return assignedTo;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public SlaState slaState() {
        return slaState;
    }

    @Override
    public String getId() {
        return id;
    }

    public long version() {
        return version;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public Outcome outcome() {
        return outcome == null ? null : Outcome.valueOf(outcome);
    }

    public String outcomeSummary() {
        return outcomeSummary;
    }

    public Instant outcomeAt() {
        return outcomeAt;
    }

    /** Waiting for the resident: the clock stops. */
    public void pause(Instant now) {
        moveTo(CaseStatus.AWAITING_RESIDENT, now);
        this.pausedAt = now;
    }

    /**
     * The resident replied: the clock runs again, to the due date moved by the time it stood still.
     * A case that was not yet due is on track again until the service-level watch measures it anew.
     */
    public void resume(Instant newDue, Instant now) {
        moveTo(CaseStatus.IN_PROGRESS, now);
        if (slaState != SlaState.BREACHED) {
            this.slaState = SlaState.ON_TRACK;
        }
        this.pausedAt = null;
        this.dueAt = newDue;
    }

    public void end(Outcome ended, String summary, Instant now) {
        moveTo(ended.status(), now);
        this.outcome = ended.name();
        this.outcomeSummary = summary;
        this.outcomeAt = now;
    }

    /**
     * The resident said the outcome did not solve their problem: the case is worked again, and waits
     * in its queue to be taken, as whoever finished it may have moved on.
     */
    public void reopenForResident(Instant now) {
        moveTo(CaseStatus.IN_PROGRESS, now);
        this.assignedTo = null;
    }

    /** Moves along the status machine; a move it does not allow is refused and changes nothing. */
    public void moveTo(CaseStatus next, Instant now) {
        if (!status.mayMoveTo(next)) {
            throw new IllegalTransitionException(reference, status, next);
        }
        this.status = next;
        this.updatedAt = now;
    }

    /** To another queue: whoever had it may not work that queue, so it waits to be taken again. */
    public void reroute(String queue, Instant now) {
        this.queueId = queue;
        this.routedByRule = null;
        this.assignedTo = null;
        this.updatedAt = now;
    }

    /** A demo case (decision 0066) ended after its due date, in a past no service-level watch saw. */
    public void breachedInThePast() {
        this.slaState = SlaState.BREACHED;
    }

    public void assignTo(String officer, Instant now) {
        this.assignedTo = officer;
        this.updatedAt = now;
    }
}
