package org.porth.identity;

import java.util.Optional;

/**
 * Who calls the REST API: a registered API client, and for a token a resident gave an app, the
 * resident it acts for. The API module ({@code channels}) makes one from the access token;
 * {@link CurrentUser} reads it, so services see an app acting for a resident as that resident.
 */
public interface ApiClientPrincipal {

    String clientId();

    String clientName();

    /** The resident's id ({@code ResidentId}) when a resident let the app act for them; empty for a system client. */
    Optional<String> residentId();

    /** The id that stands for this caller wherever a person's id is kept (an uploader, an officer). */
    default String callerId() {
        return "api:" + clientId() + residentId().map(resident -> ":" + resident).orElse("");
    }
}
