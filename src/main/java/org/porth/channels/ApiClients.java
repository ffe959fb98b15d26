package org.porth.channels;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.porth.channels.internal.ActiveClients;
import org.porth.channels.internal.ApiClientAuditLog;
import org.porth.channels.internal.ApiClientRow;
import org.porth.channels.internal.ApiClientStore;
import org.porth.channels.internal.ApiSecrets;
import org.porth.identity.CurrentUser;
import org.porth.identity.SystemTask;
import org.porth.shared.ActionRefused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators register the systems and apps that use the API, rotate their secrets and revoke
 * them; every change goes in the client's audit log. The API reads a client's rate limit.
 */
@Service
public class ApiClients {

    public static final String NAME_FIELD = "api-client-name";
    public static final String OWNER_FIELD = "api-client-owner";
    public static final String SCOPES_FIELD = "api-client-scopes";
    public static final String RATE_LIMIT_FIELD = "api-client-rate-limit";
    public static final String REDIRECT_URIS_FIELD = "api-client-redirect-uris";
    public static final String GRACE_FIELD = "api-client-grace";
    /** The longest a rotated-out secret may keep working. */
    public static final Duration LONGEST_GRACE = Duration.ofDays(30);
    private static final int MOST_PER_MINUTE = 100_000;
    private static final String ADMIN = "hasRole('ADMIN')";

    private final ApiClientStore store;
    private final ActiveClients activeClients;
    private final ApiClientAuditLog audit;
    private final ApiSecrets secrets;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiClients(ApiClientStore store, ActiveClients activeClients, ApiClientAuditLog audit, ApiSecrets secrets,
            CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.activeClients = activeClients;
        this.audit = audit;
        this.secrets = secrets;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public List<ApiClientDetails> all() {
        Instant now = clock.instant();
        return store.all().stream().map(row -> row.toDetails(now)).toList();
    }

    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public Optional<ApiClientDetails> client(String clientId) {
        return store.find(clientId).map(row -> row.toDetails(clock.instant()));
    }

    /** The client's changes, newest first. */
    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public List<ApiClientAuditEntry> auditLog(String clientId) {
        return audit.of(clientId);
    }

    /** Registers the client; refused with {@link ActionRefused} naming the field at fault. Its secret, once. */
    @PreAuthorize(ADMIN)
    @Transactional
    public IssuedSecret register(NewApiClient client) {
        String name = required(client.name(), NAME_FIELD, 100);
        if (store.nameTaken(name)) {
            throw new ActionRefused(NAME_FIELD, "api-clients.name.taken");
        }
        String owner = required(client.ownerContact(), OWNER_FIELD, 200);
        if (client.scopes().isEmpty()) {
            throw new ActionRefused(SCOPES_FIELD, "api-clients.scopes.missing");
        }
        int perMinute = rateLimit(client.rateLimitPerMinute());
        List<String> redirectUris = redirectUris(client.redirectUris());
        String clientId = secrets.newClientId();
        String secret = secrets.newSecret();
        Instant now = clock.instant();
        store.insert(clientId, name, owner, client.scopes(), perMinute, client.testClient(), redirectUris,
                secrets.hash(secret), now);
        audit.record(clientId, staffId(), "REGISTERED", "name: " + name + "; owner: " + owner + "; scopes: "
                + client.scopes().stream().sorted().map(ApiScope::value).collect(Collectors.joining(" "))
                + "; rate limit: " + perMinute + "/min; test: " + client.testClient()
                + "; redirect URIs: " + String.join(" ", redirectUris), now);
        return new IssuedSecret(clientId, secret);
    }

    /**
     * Changes the client's name, owner contact, scopes and rate limit; the audit log says what changed
     * from what. Its tokens lose a scope it no longer has at once ({@code ApiTokenStillValid}), and a
     * resident's app that lost one must be allowed again. False when nothing changed.
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public boolean change(String clientId, ApiClientChanges changes) {
        ApiClientRow row = store.findActive(clientId).orElseThrow(() -> new ActionRefused(null, "api-clients.revoked"));
        String name = required(changes.name(), NAME_FIELD, 100);
        if (!name.equalsIgnoreCase(row.name()) && store.nameTaken(name)) {
            throw new ActionRefused(NAME_FIELD, "api-clients.name.taken");
        }
        String owner = required(changes.ownerContact(), OWNER_FIELD, 200);
        if (changes.scopes().isEmpty()) {
            throw new ActionRefused(SCOPES_FIELD, "api-clients.scopes.missing");
        }
        int perMinute = rateLimit(changes.rateLimitPerMinute());
        var changed = new ApiClientDifferences()
                .compare("name", row.name(), name).compare("owner", row.ownerContact(), owner)
                .compare("scopes", row.scopes(), ApiClientRow.joined(changes.scopes()))
                .compare("rate limit", row.rateLimitPerMinute() + "/min", perMinute + "/min");
        if (changed.none()) {
            return false;
        }
        Instant now = clock.instant();
        store.change(row, name, owner, changes.scopes(), perMinute);
        activeClients.forget(clientId);
        audit.record(clientId, staffId(), "CHANGED", changed.toString(), now);
        return true;
    }

    /**
     * A new secret for the client; the old one keeps working for {@code graceHours} (typed, 0 to 720)
     * so the client's owner can change over without a break.
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public IssuedSecret rotateSecret(String clientId, String graceHours) {
        ApiClientRow row = store.findActive(clientId).orElseThrow(() -> new ActionRefused(null, "api-clients.revoked"));
        Duration grace = grace(graceHours);
        String secret = secrets.newSecret();
        Instant now = clock.instant();
        store.rotate(row.clientId(), secrets.hash(secret), now.plus(grace));
        audit.record(clientId, staffId(), "SECRET_ROTATED", "previous secret works for " + grace.toHours() + " hours", now);
        return new IssuedSecret(clientId, secret);
    }

    /** Refuses the client from now on: its secrets, and the tokens it already has. */
    @PreAuthorize(ADMIN)
    @Transactional
    public void revoke(String clientId) {
        store.findActive(clientId).orElseThrow(() -> new ActionRefused(null, "api-clients.revoked"));
        Instant now = clock.instant();
        store.revoke(clientId, now);
        activeClients.forget(clientId);
        audit.record(clientId, staffId(), "REVOKED", "secrets and tokens refused", now);
    }

    /**
     * How many requests a minute the client may make (the API's rate limit), or empty for a client
     * that is not registered or is revoked (as read up to {@link ActiveClients#KEPT} ago). The API reads it as
     * {@link SystemTask#API_RATE_LIMITS}.
     */
    @PreAuthorize("hasAuthority('" + SystemTask.API_RATE_LIMITS_AUTHORITY + "')")
    public Optional<Integer> rateLimitPerMinute(String clientId) {
        return activeClients.rateLimitPerMinute(clientId);
    }

    private static String required(String value, String field, int longest) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new ActionRefused(field, "api-clients." + field.substring("api-client-".length()) + ".missing");
        }
        if (text.length() > longest) {
            throw new ActionRefused(field, "api-clients." + field.substring("api-client-".length()) + ".too-long");
        }
        return text;
    }

    private static int rateLimit(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (!text.matches("\\d{1,6}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MOST_PER_MINUTE) {
            throw new ActionRefused(RATE_LIMIT_FIELD, "api-clients.rate-limit.wrong");
        }
        return Integer.parseInt(text);
    }

    private static Duration grace(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (!text.matches("\\d{1,3}") || Duration.ofHours(Integer.parseInt(text)).compareTo(LONGEST_GRACE) > 0) {
            throw new ActionRefused(GRACE_FIELD, "api-clients.grace.wrong");
        }
        return Duration.ofHours(Integer.parseInt(text));
    }

    /** One a line; each an absolute https address (http only for the local machine, for developers). */
    private static List<String> redirectUris(String typed) {
        List<String> uris = typed == null ? List.of() : Arrays.stream(typed.split("\\s+"))
                .map(String::strip).filter(uri -> !uri.isEmpty()).distinct().toList();
        if (uris.size() > 5 || !uris.stream().allMatch(ApiClients::isRedirectUri)) {
            throw new ActionRefused(REDIRECT_URIS_FIELD, "api-clients.redirect-uris.wrong");
        }
        return uris;
    }

    private static boolean isRedirectUri(String text) {
        try {
            URI uri = new URI(text);
            boolean local = "http".equals(uri.getScheme()) && ("localhost".equals(uri.getHost())
                    || "127.0.0.1".equals(uri.getHost()));
            boolean app = uri.getScheme() != null && uri.getScheme().matches("[a-z][a-z0-9+.-]*\\.[a-z0-9+.-]+");
            return uri.isAbsolute() && uri.getFragment() == null && text.length() <= 300
                    && ("https".equals(uri.getScheme()) && uri.getHost() != null || local || app);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private String staffId() {
        return currentUser.get().orElseThrow().id();
    }
}
