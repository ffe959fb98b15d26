package org.porth.apply.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.porth.apply.RequestSubmitted.ApiClient;
import org.porth.catalogue.Channel;
import org.porth.forms.Answers;
import org.porth.forms.AnswersJson;
import org.porth.shared.InsertedWhenNew;
import org.porth.shared.Reference;

/**
 * A request as it was submitted: its answers on the service version they were given for. A new one
 * keeps the answers it was made with, so the case opened with it does not parse their JSON again.
 */
@Entity
@Table(name = "submitted_request")
public class SubmittedRequest extends InsertedWhenNew<String> {

    @Id
    private String id;

    @Column(name = "reference", nullable = false, length = 13)
    private String reference;

    @Column(name = "draft_id", nullable = false)
    private String draftId;

    @Column(name = "resident_id", nullable = false)
    private String residentId;

    @Column(name = "service_id", nullable = false)
    private String serviceId;

    @Column(name = "service_version", nullable = false)
    private int serviceVersion;

    @Column(name = "answers", nullable = false, length = 1_000_000)
    private String answers;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Channel channel;

    @Column(name = "officer_id")
    private String officerId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "api_client_id")
    private String apiClientId;

    @Column(name = "api_client_name")
    private String apiClientName;

    @Transient
    private Answers given;

    protected SubmittedRequest() {
    }

    /** @param apiClient the API client that sent it; null for every other channel */
    public SubmittedRequest(Draft draft, Answers answers, Reference reference, Instant now, ApiClient apiClient) {
        this.id = UUID.randomUUID().toString();
        this.reference = reference.value();
        this.draftId = draft.id();
        this.residentId = draft.residentId();
        this.serviceId = draft.serviceId();
        this.serviceVersion = draft.serviceVersion();
        this.answers = AnswersJson.write(answers);
        this.given = answers;
        this.channel = draft.channel();
        this.officerId = draft.officerId();
        this.submittedAt = now;
        if (apiClient != null) {
            this.apiClientId = apiClient.id();
            this.apiClientName = apiClient.name();
        }
    }

    public String id() {
        return id;
    }

    @Override
    public String getId() {
        return id;
    }

    public Reference reference() {
        return new Reference(reference);
    }

    public String draftId() {
        return draftId;
    }

    public String residentId() {
        return residentId;
    }

    public String serviceId() {
        return serviceId;
    }

    public int serviceVersion() {
        return serviceVersion;
    }

    public Answers answers() {
        return given != null ? given : AnswersJson.read(answers);
    }

    public Channel channel() {
        return channel;
    }

    public String officerId() {
        return officerId;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    /** The API client that sent it; null for every other channel. */
    public ApiClient apiClient() {
        return apiClientId == null ? null : new ApiClient(apiClientId, apiClientName);
    }
}
