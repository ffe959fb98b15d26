package org.porth.channels;

import java.util.Set;

/** An app the resident allowed to act for them, and what it may do. */
public record AllowedApp(String clientId, String name, Set<ApiScope> scopes) {

    public AllowedApp {
        scopes = Set.copyOf(scopes);
    }
}
