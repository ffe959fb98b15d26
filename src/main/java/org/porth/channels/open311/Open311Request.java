package org.porth.channels.open311;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.porth.shared.InsertedWhenNew;

/**
 * A request an Open311 client made: the fields GeoReport lists publicly as the client sent them (the
 * case holds the checked answers), and the fingerprint of what it sent, for the repeat window.
 */
@Entity
@Table(name = "open311_request")
class Open311Request extends InsertedWhenNew<String> {

    @Id
    private String reference;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "content_hash")
    private String contentHash;
    @Column(name = "window_slot")
    private long windowSlot;
    @Column(name = "service_code")
    private String serviceCode;
    private String description;
    @Column(name = "address_string")
    private String addressString;
    private Double latitude;
    private Double longitude;
    @Column(name = "media_url")
    private String mediaUrl;
    @Column(name = "requested_at")
    private Instant requestedAt;

    protected Open311Request() {
    }

    Open311Request(String reference, String clientId, Fingerprint fingerprint, String serviceCode,
            Sent sent, Instant requestedAt) {
        this.reference = reference;
        this.clientId = clientId;
        this.contentHash = fingerprint.hash();
        this.windowSlot = fingerprint.slot();
        this.serviceCode = serviceCode;
        this.description = sent.description();
        this.addressString = sent.addressString();
        this.latitude = sent.latitude();
        this.longitude = sent.longitude();
        this.mediaUrl = sent.mediaUrl();
        this.requestedAt = requestedAt;
    }

    @Override
    public String getId() {
        return reference;
    }

    String reference() {
        return reference;
    }

    String serviceCode() {
        return serviceCode;
    }

    Sent sent() {
        return new Sent(description, addressString, latitude, longitude, mediaUrl);
    }

    Instant requestedAt() {
        return requestedAt;
    }

    /** What the client sent that GeoReport shows again; any may be null. */
    record Sent(String description, String addressString, Double latitude, Double longitude, String mediaUrl) {
    }
}
