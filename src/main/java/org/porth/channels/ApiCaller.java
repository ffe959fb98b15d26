package org.porth.channels;

import java.util.Optional;

import org.porth.identity.ApiClientPrincipal;

/**
 * Who calls the API, from their access token: the client ({@code client_id}, {@code client_name})
 * and, for a token a resident gave an app, the resident ({@code resident_id}).
 */
public record ApiCaller(String clientId, String clientName, Optional<String> residentId) implements ApiClientPrincipal {

    public static final String SCOPE_REQUESTS_WRITE = "SCOPE_requests:write";
    public static final String SCOPE_REQUESTS_READ = "SCOPE_requests:read";

    public ApiCaller {
        residentId = residentId == null ? Optional.empty() : residentId;
    }
}
