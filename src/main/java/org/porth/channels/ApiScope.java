package org.porth.channels;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an API client may be allowed to do: each is an OAuth 2.0 scope, and in a token it becomes
 * the authority {@code SCOPE_<value>} that the API's services check.
 */
public enum ApiScope {
    REQUESTS_WRITE("requests:write"),
    REQUESTS_READ("requests:read"),
    OPEN311("open311"),
    ALERTS_WRITE("alerts:write"),
    EVENTS_READ("events:read"),
    /** A partner organisation reads its own referrals (decision 0038). */
    REFERRALS_READ("referrals:read"),
    /** A partner organisation accepts, declines, updates and closes its own referrals. */
    REFERRALS_WRITE("referrals:write");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    /** The scope as it is written in a token request and in the token. */
    public String value() {
        return value;
    }

    /** The authority a token with this scope gives (Spring Security's default for JWT scopes). */
    public String authority() {
        return "SCOPE_" + value;
    }

    /** The message key of what it lets an app do, in plain words, e.g. on the consent page. */
    public String plainWordsKey() {
        return "api-scope." + value.replace(':', '-');
    }

    public static Optional<ApiScope> of(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }
}
